module.exports=[48282,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_%28auth%29_sign-in_page_actions_08osxqs7tsj3a.js.map