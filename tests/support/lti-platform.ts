// An LTI 1.3 platform (an LMS, as far as a tool can tell), written from the IMS specs (LTI Core 1.3, IMS Security
// Framework 1.0, Assignment and Grade Services 2.0, Names and Role Provisioning Services 2.0, Submission Review
// Service 1.0) for tests: its own RSA keys and JWKS endpoint, an OIDC authorization endpoint that answers a tool's
// login initiation with an auto-posted id_token, course pages that start a launch (top level or in an iframe), a
// signer for id_tokens with any claims, an OAuth 2 token endpoint for the client-credentials grant with a JWT
// assertion, line items that take scores, and course rosters read in pages, on loopback. It can be taken down
// (`outage`) to test what the tool does when the LMS is. Nothing here comes from the tool's code.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type KeyLike,
} from "jose";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const ROLE = {
  instructor: "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  learner: "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
  mentor: "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor",
};

export const AGS_SCOPE = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
};
/** NRPS 2.0 §3.6: the scope a tool's token needs to read a course's memberships. */
export const NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
const MEMBERSHIP_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

/** A course member as the platform's roster lists it (NRPS 2.0 §3.2); `status` absent means Active. */
export type RosterEntry = {
  user_id: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  roles: string[];
  status?: "Active" | "Inactive" | "Deleted";
};

/** A score as the line item received it (AGS 2.0 §3.4). */
export type ReceivedScore = {
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
  activityProgress: string;
  gradingProgress: string;
  timestamp: string;
};

export type PlatformUser = { sub: string; name: string; roles: string[] };
export type LaunchSpec = {
  user: PlatformUser;
  context?: { id: string; title: string };
  resourceLink?: { id: string; title: string };
  /** claims merged over the ones the platform would send (a test's tampering) */
  claims?: Record<string, unknown>;
  /** false: the link has no gradebook column (no AGS endpoint claim) */
  lineItem?: boolean;
  /** a Deep Linking request (the teacher adds an activity) instead of a resource link launch */
  deepLinking?: boolean;
  /** a submission review (LTI Submission Review Service 1.0) of this learner's work on the link */
  reviewOf?: { sub: string; name: string };
  /** false: the launch carries no roster service claim (NRPS) */
  roster?: boolean;
};

/** A Deep Linking response the platform accepted (LTI Deep Linking 2.0 §4.5). */
export type DeepLinkResult = { data: unknown; contentItems: Record<string, unknown>[] };

const ACTIVITY = ["Initialized", "Started", "InProgress", "Submitted", "Completed"];
const GRADING = ["FullyGraded", "Pending", "PendingManual", "Failed", "NotReady"];

type Key = { kid: string; privateKey: KeyLike; publicJwk: JWK };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class LtiPlatform {
  readonly clientId = `client-${randomUUID().slice(0, 8)}`;
  readonly deploymentId = `deployment-${randomUUID().slice(0, 8)}`;
  jwksFetches = 0;
  tokenRequests = 0;
  /** true: the token and score endpoints answer 503, as an LMS that is down */
  outage = false;
  /** every score each line item received, in order, by line item id */
  readonly scores = new Map<string, ReceivedScore[]>();
  /** why the last refused token, score or deep linking response was refused */
  lastRefusal = "";
  /** the Deep Linking responses it accepted, in order */
  readonly deepLinks: DeepLinkResult[] = [];
  /** each course's roster (NRPS), by context id */
  readonly rosters = new Map<string, RosterEntry[]>();
  /** members per roster page; the tool must follow `Link: rel="next"` for the rest */
  rosterPageSize = 50;
  /** how many roster pages were served, and the Accept header of the last request */
  rosterRequests = 0;
  lastRosterAccept = "";
  /** false: the token endpoint refuses the roster scope (the tool was not given NRPS) */
  grantsRoster = true;
  /** a roster page (0-based) that answers 500, as an LMS failing half-way through */
  failRosterPage: number | null = null;
  /** the tool registrations it accepted (Dynamic Registration), in order */
  readonly registrations: Record<string, unknown>[] = [];
  /** what its OpenID configuration says its issuer is (a test's lie: another site) */
  configIssuer: string | null = null;
  /** false: its registration answer carries no deployment id */
  answersDeployment = true;
  private registrationTokens = new Set<string>();
  private toolKeys: ((h: Parameters<ReturnType<typeof createLocalJWKSet>>[0]) => Promise<KeyLike>) | null = null;
  private tokens = new Map<string, { scopes: string[]; expiresAt: number }>();
  private seenJtis = new Set<string>();
  /** what the platform was asked to launch, by login_hint */
  private launches = new Map<string, LaunchSpec>();
  private keys: Key[] = [];
  private server: Server | null = null;
  private port = 0;

  constructor(private readonly host = "127.0.0.1") {}

  get issuer() {
    return `http://${this.host}:${this.port}`;
  }
  get urls() {
    return { auth: `${this.issuer}/auth`, token: `${this.issuer}/token`, jwks: `${this.issuer}/jwks` };
  }

  /** The tool's public keys, as its registration gives them: a JWKS URL, or (integration tests) a getter. */
  trustTool(jwks: string | (() => Promise<JSONWebKeySet>)): this {
    if (typeof jwks === "string") {
      const remote = createRemoteJWKSet(new URL(jwks));
      this.toolKeys = (h) => remote(h) as Promise<KeyLike>;
    } else this.toolKeys = async (h) => createLocalJWKSet(await jwks())(h) as Promise<KeyLike>;
    return this;
  }

  /** A one-time registration token, as the LMS puts on the tool's registration URL with its configuration's. */
  registrationStart(): { openid_configuration: string; registration_token: string } {
    const token = randomBytes(16).toString("base64url");
    this.registrationTokens.add(token);
    return { openid_configuration: `${this.issuer}/.well-known/openid-configuration`, registration_token: token };
  }

  /** Forgets every access token it issued (a restart): the next score with an old one gets 401. */
  forgetTokens(): void {
    this.tokens.clear();
  }

  /** A course's roster endpoint (NRPS 2.0 context_memberships_url). */
  membershipsUrl(contextId: string): string {
    return `${this.issuer}/contexts/${encodeURIComponent(contextId)}/memberships`;
  }

  /** The line item this platform makes for a resource link (one gradebook column per link). */
  lineItemUrl(resourceLinkId: string): string {
    return `${this.issuer}/lineitems/${encodeURIComponent(resourceLinkId)}`;
  }

  /** The scores a link's line item received; `latest`: the one per user the gradebook shows (newest timestamp). */
  scoresFor(resourceLinkId: string): ReceivedScore[] {
    return this.scores.get(resourceLinkId) ?? [];
  }

  async start(): Promise<this> {
    await this.rotate();
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", this.issuer);
      void this.route(url, req).then(
        ({ status, type, body, headers }) => res.writeHead(status, { ...headers, "content-type": type }).end(body),
        (e: unknown) => res.writeHead(500, { "content-type": "text/plain" }).end(String(e)),
      );
    });
    await new Promise<void>((r) => this.server!.listen(0, this.host, r));
    this.port = (this.server!.address() as { port: number }).port;
    return this;
  }

  async stop() {
    await new Promise((r) => this.server?.close(r));
  }

  /** Adds a new signing key (the newest signs) and keeps the old one published, as a platform rotating keys does. */
  async rotate(): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const kid = randomUUID();
    this.keys.unshift({
      kid,
      privateKey,
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
    });
    return kid;
  }

  /** A key the platform does not publish (a forger's). */
  static async strangerKey(): Promise<{ kid: string; privateKey: KeyLike }> {
    return { kid: randomUUID(), privateKey: (await generateKeyPair("RS256")).privateKey };
  }

  /** The LTI claims of a resource link launch (LTI Core 1.3 §5.3), as this platform sends them. */
  claims(spec: LaunchSpec, nonce: string, targetLinkUri: string): Record<string, unknown> {
    const context = spec.context ?? { id: "course-1", title: "Reading Seminar" };
    const link = spec.resourceLink ?? { id: "link-1", title: "Week 1 reading check" };
    // NRPS 2.0 §3.6.1: launches from a course with the service on say where its roster is.
    const nrps =
      spec.roster === false
        ? {}
        : {
            "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
              context_memberships_url: this.membershipsUrl(context.id),
              service_versions: ["2.0"],
            },
          };
    if (spec.deepLinking)
      return {
        nonce,
        sub: spec.user.sub,
        name: spec.user.name,
        [`${LTI}message_type`]: "LtiDeepLinkingRequest",
        [`${LTI}version`]: "1.3.0",
        [`${LTI}deployment_id`]: this.deploymentId,
        [`${LTI}target_link_uri`]: targetLinkUri,
        [`${LTI}roles`]: spec.user.roles,
        [`${LTI}context`]: { id: context.id, title: context.title },
        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
          deep_link_return_url: `${this.issuer}/deep-link-return`,
          accept_types: ["ltiResourceLink"],
          accept_presentation_document_targets: ["iframe", "window"],
          accept_multiple: false,
          data: `dl-${spec.user.sub}`,
        },
        ...nrps,
        ...spec.claims,
      };
    return {
      nonce,
      sub: spec.user.sub,
      name: spec.user.name,
      [`${LTI}message_type`]: spec.reviewOf ? "LtiSubmissionReviewRequest" : "LtiResourceLinkRequest",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: this.deploymentId,
      [`${LTI}target_link_uri`]: targetLinkUri,
      [`${LTI}resource_link`]: link,
      [`${LTI}roles`]: spec.user.roles,
      [`${LTI}context`]: {
        id: context.id,
        title: context.title,
        type: ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"],
      },
      ...(spec.lineItem === false
        ? {}
        : {
            "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
              scope: [AGS_SCOPE.lineItem, AGS_SCOPE.score],
              lineitems: `${this.issuer}/contexts/${encodeURIComponent(context.id)}/lineitems`,
              lineitem: this.lineItemUrl(link.id),
            },
          }),
      // Submission Review Service 1.0: whose submission the reviewer opens.
      ...(spec.reviewOf ? { [`${LTI}for_user`]: { user_id: spec.reviewOf.sub, name: spec.reviewOf.name } } : {}),
      ...nrps,
      ...spec.claims,
    };
  }

  /** Signs an id_token. `opts` lets a test break one thing: the key, the audience, the times. */
  async sign(
    payload: Record<string, unknown>,
    opts: {
      key?: { kid: string; privateKey: KeyLike };
      aud?: string | string[];
      iss?: string;
      iat?: number;
      exp?: number;
    } = {},
  ): Promise<string> {
    const key = opts.key ?? this.keys[0]!;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
      .setIssuer(opts.iss ?? this.issuer)
      .setAudience(opts.aud ?? this.clientId)
      .setIssuedAt(opts.iat ?? now)
      .setExpirationTime(opts.exp ?? now + 300)
      .sign(key.privateKey);
  }

  /** Remembers what to launch for a login hint (the platform's own session, reduced to a map). */
  prepare(spec: LaunchSpec): string {
    const hint = randomUUID();
    this.launches.set(hint, spec);
    return hint;
  }

  /** The third-party login initiation parameters a platform sends to the tool's login URL. */
  loginParams(hint: string, targetLinkUri: string): Record<string, string> {
    return {
      iss: this.issuer,
      login_hint: hint,
      target_link_uri: targetLinkUri,
      lti_message_hint: `msg-${hint}`,
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
    };
  }

  private async route(url: URL, req: IncomingMessage): Promise<Answer> {
    if (url.pathname === "/token" && req.method === "POST") return this.token(req);
    if (url.pathname === "/.well-known/openid-configuration") return this.openidConfiguration(req);
    if (url.pathname === "/register" && req.method === "POST") return this.register(req);
    // /admin/register-tool?url=<tool registration URL>: the admin page that opens a tool's registration in a frame
    // and waits for its close message (Dynamic Registration §3.7).
    if (url.pathname === "/admin/register-tool") return this.registerToolPage(url.searchParams);
    if (url.pathname === "/deep-link-return" && req.method === "POST") return this.deepLinkReturn(req);
    const roster = /^\/contexts\/([^/]+)\/memberships$/.exec(url.pathname);
    if (roster && req.method === "GET") return this.memberships(decodeURIComponent(roster[1]!), url, req);
    const scores = /^\/lineitems\/([^/]+)\/scores$/.exec(url.pathname);
    if (scores && req.method === "POST") return this.score(decodeURIComponent(scores[1]!), req);
    if (url.pathname === "/jwks") {
      this.jwksFetches++;
      return {
        status: 200,
        type: "application/json",
        body: JSON.stringify({ keys: this.keys.map((k) => k.publicJwk) }),
      };
    }
    if (url.pathname === "/auth") return this.authorize(url.searchParams);
    // /course?tool=<login url>&target=<target link uri>&hint=<login hint>&frame=1: a course page that starts a launch.
    if (url.pathname === "/course") return this.coursePage(url.searchParams);
    return { status: 404, type: "text/plain", body: "not found" };
  }

  /** OIDC authorization endpoint (IMS Security Framework §5.1.1.2–3): checks the request and answers with a
   *  self-posting form carrying the id_token and the tool's state to the redirect URI. */
  private async authorize(q: URLSearchParams) {
    const spec = this.launches.get(q.get("login_hint") ?? "");
    const bad = (m: string) => ({ status: 400, type: "text/plain", body: m });
    if (!spec) return bad("unknown login_hint");
    if (q.get("scope") !== "openid" || q.get("response_type") !== "id_token") return bad("bad scope or response_type");
    if (q.get("response_mode") !== "form_post" || q.get("prompt") !== "none") return bad("bad response_mode or prompt");
    if (q.get("client_id") !== this.clientId) return bad("unknown client_id");
    if (q.get("lti_message_hint") !== `msg-${q.get("login_hint")}`) return bad("lti_message_hint not passed back");
    const redirect = q.get("redirect_uri") ?? "";
    if (!redirect.endsWith("/api/lti/launch")) return bad("redirect_uri not registered");
    const nonce = q.get("nonce");
    const state = q.get("state");
    if (!nonce || !state) return bad("nonce and state are required");
    const target = redirect.replace(/\/api\/lti\/launch$/, "/");
    const idToken = await this.sign(this.claims(spec, nonce, target));
    return {
      status: 200,
      type: "text/html",
      body: `<!doctype html><title>Launching</title><form id="f" method="post" action="${escape(redirect)}">
<input type="hidden" name="id_token" value="${escape(idToken)}"><input type="hidden" name="state" value="${escape(state)}">
<button>Continue</button></form><script>document.getElementById("f").submit()</script>`,
    };
  }

  private coursePage(q: URLSearchParams) {
    const tool = q.get("tool") ?? "";
    const params = this.loginParams(q.get("hint") ?? "", q.get("target") ?? "");
    const inputs = Object.entries(params)
      .map(([k, v]) => `<input type="hidden" name="${k}" value="${escape(v)}">`)
      .join("");
    const framed = q.get("frame") === "1";
    const body = framed
      ? `<!doctype html><title>Course</title><h1>Course</h1><form id="f" method="post" action="${escape(tool)}" target="tool">${inputs}</form>
<iframe name="tool" title="Passage" width="900" height="500"></iframe><script>document.getElementById("f").submit()</script>`
      : `<!doctype html><title>Course</title><h1>Course</h1><form id="f" method="post" action="${escape(tool)}">${inputs}<button>Open Passage</button></form>`;
    return { status: 200, type: "text/html", body };
  }

  /** OAuth 2 token endpoint (IMS Security Framework 1.0 §4.1, RFC 7523): the client-credentials grant with a JWT
   *  assertion the tool signs with a key it publishes; `iss` = `sub` = the client id, `aud` this endpoint, a `jti`
   *  used once. Answers a bearer token for the requested LTI Advantage scopes. */
  private async token(req: IncomingMessage): Promise<Answer> {
    const refuse = (status: number, error: string, why: string) => {
      this.lastRefusal = why;
      return json(status, { error, error_description: why });
    };
    if (this.outage) return refuse(503, "temporarily_unavailable", "outage");
    this.tokenRequests++;
    const q = new URLSearchParams(await readBody(req));
    if (q.get("grant_type") !== "client_credentials") return refuse(400, "unsupported_grant_type", "grant_type");
    if (q.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
      return refuse(400, "invalid_request", "client_assertion_type");
    if (!this.toolKeys) return refuse(401, "invalid_client", "the tool's keys are not registered");
    try {
      const { payload } = await jwtVerify(q.get("client_assertion") ?? "", this.toolKeys, {
        issuer: this.clientId,
        subject: this.clientId,
        audience: this.urls.token,
        algorithms: ["RS256"],
        requiredClaims: ["exp", "iat", "jti"],
      });
      if (this.seenJtis.has(payload.jti!)) return refuse(401, "invalid_client", "jti reused");
      this.seenJtis.add(payload.jti!);
    } catch (e) {
      return refuse(401, "invalid_client", `assertion: ${e instanceof Error ? e.message : String(e)}`);
    }
    const scopes = (q.get("scope") ?? "").split(" ").filter(Boolean);
    const known = [...Object.values(AGS_SCOPE), ...(this.grantsRoster ? [NRPS_SCOPE] : [])];
    if (scopes.length === 0 || scopes.some((s) => !known.includes(s))) return refuse(400, "invalid_scope", "scope");
    const token = randomBytes(24).toString("base64url");
    this.tokens.set(token, { scopes, expiresAt: Date.now() + 3600_000 });
    return json(200, { access_token: token, token_type: "Bearer", expires_in: 3600, scope: scopes.join(" ") });
  }

  /** Deep Linking return URL (LTI Deep Linking 2.0 §4.5): a form post of `JWT`, signed by the tool (iss = client
   *  id, aud = this issuer), an LtiDeepLinkingResponse for this deployment echoing the request's `data`. */
  private async deepLinkReturn(req: IncomingMessage): Promise<Answer> {
    const refuse = (why: string) => {
      this.lastRefusal = why;
      return { status: 400, type: "text/html", body: `<!doctype html><title>Refused</title><p>${escape(why)}</p>` };
    };
    const jwt = new URLSearchParams(await readBody(req)).get("JWT") ?? "";
    if (!this.toolKeys) return refuse("the tool's keys are not registered");
    try {
      const { payload } = await jwtVerify(jwt, this.toolKeys, {
        issuer: this.clientId,
        audience: this.issuer,
        algorithms: ["RS256"],
        requiredClaims: ["exp", "iat", "nonce"],
      });
      if (payload[`${LTI}message_type`] !== "LtiDeepLinkingResponse") return refuse("message_type");
      if (payload[`${LTI}version`] !== "1.3.0") return refuse("version");
      if (payload[`${LTI}deployment_id`] !== this.deploymentId) return refuse("deployment_id");
      const items = payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"];
      if (!Array.isArray(items)) return refuse("content_items");
      this.deepLinks.push({
        data: payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"],
        contentItems: items as Record<string, unknown>[],
      });
      const titles = items.map((i: { title?: string }) => escape(i.title ?? "untitled")).join(", ");
      return {
        status: 200,
        type: "text/html",
        body: `<!doctype html><title>Course</title><h1>Activity added: ${titles}</h1>`,
      };
    } catch (e) {
      return refuse(`JWT: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** NRPS 2.0 membership service: a bearer token with the roster scope, the container media type in Accept, the
   *  course's members a page at a time (`?page=n`, `Link: <…>; rel="next"` while more follow, §2.4.2). */
  private async memberships(contextId: string, url: URL, req: IncomingMessage): Promise<Answer> {
    const refuse = (status: number, why: string) => {
      this.lastRefusal = why;
      return json(status, { error: why });
    };
    if (this.outage) return refuse(503, "outage");
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const grant = bearer ? this.tokens.get(bearer) : undefined;
    if (!grant || grant.expiresAt < Date.now()) return refuse(401, "no valid bearer token");
    if (!grant.scopes.includes(NRPS_SCOPE)) return refuse(403, "token lacks the roster scope");
    this.lastRosterAccept = req.headers.accept ?? "";
    if (!this.lastRosterAccept.includes(MEMBERSHIP_TYPE)) return refuse(406, "accept");
    const all = this.rosters.get(contextId);
    if (!all) return refuse(404, "no such course");
    this.rosterRequests++;
    const page = Math.max(0, Number(url.searchParams.get("page") ?? 0) || 0);
    if (page === this.failRosterPage) return refuse(500, "roster page failed");
    const members = all.slice(page * this.rosterPageSize, (page + 1) * this.rosterPageSize);
    const more = (page + 1) * this.rosterPageSize < all.length;
    const next = `${this.membershipsUrl(contextId)}?page=${page + 1}`;
    return {
      status: 200,
      type: MEMBERSHIP_TYPE,
      headers: more ? { link: `<${next}>; rel="next"` } : {},
      body: JSON.stringify({ id: url.toString(), context: { id: contextId, title: "Course" }, members }),
    };
  }

  /** Dynamic Registration §3.4: the platform's OpenID configuration, for a holder of a registration token. */
  private openidConfiguration(req: IncomingMessage): Answer {
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !this.registrationTokens.has(bearer)) return json(401, { error: "registration token required" });
    return json(200, {
      issuer: this.configIssuer ?? this.issuer,
      authorization_endpoint: this.urls.auth,
      token_endpoint: this.urls.token,
      token_endpoint_auth_methods_supported: ["private_key_jwt"],
      token_endpoint_auth_signing_alg_values_supported: ["RS256"],
      jwks_uri: this.urls.jwks,
      registration_endpoint: `${this.issuer}/register`,
      scopes_supported: ["openid", ...Object.values(AGS_SCOPE), NRPS_SCOPE],
      response_types_supported: ["id_token"],
      subject_types_supported: ["public", "pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      claims_supported: ["sub", "iss", "name", "given_name", "family_name"],
      "https://purl.imsglobal.org/spec/lti-platform-configuration": {
        product_family_code: "peer-lms",
        version: "1.0",
        messages_supported: [{ type: "LtiResourceLinkRequest" }, { type: "LtiDeepLinkingRequest" }],
      },
    });
  }

  /** Dynamic Registration §3.5–3.6: a tool's client registration, with the registration token (used once); answers
   *  it with this platform's client id and deployment. */
  private async register(req: IncomingMessage): Promise<Answer> {
    const refuse = (status: number, why: string) => {
      this.lastRefusal = why;
      return json(status, { error: "invalid_client_metadata", error_description: why });
    };
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !this.registrationTokens.delete(bearer)) return refuse(401, "registration token missing or used");
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return refuse(415, "content-type");
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch {
      return refuse(400, "not JSON");
    }
    const config = r["https://purl.imsglobal.org/spec/lti-tool-configuration"] as Record<string, unknown> | undefined;
    const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
    if (r.application_type !== "web") return refuse(400, "application_type");
    if (!list(r.response_types).includes("id_token")) return refuse(400, "response_types");
    if (!["implicit", "client_credentials"].every((g) => list(r.grant_types).includes(g)))
      return refuse(400, "grant_types");
    if (r.token_endpoint_auth_method !== "private_key_jwt") return refuse(400, "token_endpoint_auth_method");
    for (const k of ["initiate_login_uri", "jwks_uri"] as const)
      if (typeof r[k] !== "string" || !/^https?:\/\//.test(r[k])) return refuse(400, k);
    if (list(r.redirect_uris).length === 0) return refuse(400, "redirect_uris");
    if (!config || typeof config.domain !== "string" || typeof config.target_link_uri !== "string")
      return refuse(400, "lti-tool-configuration");
    if (!Array.isArray(config.messages)) return refuse(400, "messages");
    this.registrations.push(r);
    return json(200, {
      ...r,
      client_id: this.clientId,
      "https://purl.imsglobal.org/spec/lti-tool-configuration": {
        ...config,
        ...(this.answersDeployment ? { deployment_id: this.deploymentId } : {}),
      },
    });
  }

  private registerToolPage(q: URLSearchParams): Answer {
    const start = this.registrationStart();
    const url = `${q.get("url") ?? ""}?${new URLSearchParams(start)}`;
    return {
      status: 200,
      type: "text/html",
      body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Register a tool</title><main><h1>Register a tool</h1>
<p id="state">Registering…</p><iframe title="Tool registration" src="${escape(url)}" width="900" height="500"></iframe></main>
<script>window.addEventListener("message", function (e) {
  if (e.data && e.data.subject === "org.imsglobal.lti.close") document.getElementById("state").textContent = "The tool closed its registration.";
});</script></html>`,
    };
  }

  /** AGS 2.0 §3.4 score publish service: a bearer token with the score scope, the score media type, a valid score. */
  private async score(lineItem: string, req: IncomingMessage): Promise<Answer> {
    const refuse = (status: number, why: string) => {
      this.lastRefusal = why;
      return json(status, { error: why });
    };
    if (this.outage) return refuse(503, "outage");
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const grant = bearer ? this.tokens.get(bearer) : undefined;
    if (!grant || grant.expiresAt < Date.now()) return refuse(401, "no valid bearer token");
    if (!grant.scopes.includes(AGS_SCOPE.score)) return refuse(403, "token lacks the score scope");
    if (req.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json") return refuse(415, "content-type");
    let s: ReceivedScore;
    try {
      s = JSON.parse(await readBody(req)) as ReceivedScore;
    } catch {
      return refuse(400, "not JSON");
    }
    if (typeof s.userId !== "string" || !s.userId) return refuse(400, "userId");
    if (!ACTIVITY.includes(s.activityProgress) || !GRADING.includes(s.gradingProgress)) return refuse(400, "progress");
    if (typeof s.timestamp !== "string" || Number.isNaN(Date.parse(s.timestamp))) return refuse(400, "timestamp");
    if (s.scoreGiven !== undefined && !(typeof s.scoreMaximum === "number" && s.scoreMaximum > 0))
      return refuse(400, "scoreGiven without a positive scoreMaximum");
    const list = this.scores.get(lineItem) ?? [];
    list.push(s);
    this.scores.set(lineItem, list);
    return { status: 204, type: "text/plain", body: "" };
  }
}

type Answer = { status: number; type: string; body: string; headers?: Record<string, string> };
const json = (status: number, body: unknown): Answer => ({
  status,
  type: "application/json",
  body: JSON.stringify(body),
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
