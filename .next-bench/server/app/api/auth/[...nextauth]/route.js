var R=require("../../../../chunks/[turbopack]_runtime.js")("server/app/api/auth/[...nextauth]/route.js")
R.c("server/chunks/[externals]__09izmmmgec6f6._.js")
R.c("server/chunks/[root-of-the-server]__0u3694ecfpi27._.js")
R.c("server/chunks/_1-umfzpjw7fpc._.js")
R.c("server/chunks/_next-internal_server_app_api_auth_[___nextauth]_route_actions_08nexdks3z54l.js")
R.m(59061)
module.exports=R.m(59061).exports
