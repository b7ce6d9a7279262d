import { z } from "zod";

/** Claim names of an LTI 1.3 launch (IMS LTI Core 1.3, section 5). */
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  /** LTI Deep Linking 2.0 §4.4.1 */
  deepLinking: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  /** LTI Assignment and Grade Services 2.0 §3.1: where this link's scores go */
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  /** LTI Names and Role Provisioning Services 2.0 §3.6.1: where the course's roster is read */
  nrps: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
  /** LTI Submission Review Service 1.0: whose submission a review launch opens */
  forUser: `${LTI}for_user`,
} as const;

/** AGS scopes (AGS 2.0 §3.1). The tool needs only to post scores. */
export const AGS_SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
/** NRPS 2.0 §3.6: reading the course's memberships. */
export const NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

const text = (max: number) => z.string().trim().min(1).max(max);

/** What every launch carries (resource link or deep linking), after its signature and registered claims were checked. */
const commonClaims = z.object({
  sub: text(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(100).optional(),
  family_name: z.string().max(100).optional(),
  [CLAIM.messageType]: z.string(),
  [CLAIM.version]: z.string(),
  [CLAIM.deploymentId]: text(255),
  [CLAIM.roles]: z.array(z.string().max(500)).max(100),
  [CLAIM.context]: z.object({
    id: text(255),
    label: z.string().max(200).optional(),
    title: z.string().max(500).optional(),
  }),
  [CLAIM.ags]: z
    .object({
      scope: z.array(z.string().max(500)).max(20).default([]),
      lineitem: z.string().url().max(2000).optional(),
      lineitems: z.string().url().max(2000).optional(),
    })
    .optional(),
  [CLAIM.nrps]: z
    .object({
      context_memberships_url: z.string().url().max(2000),
      service_versions: z.array(z.string().max(20)).max(10).optional(),
    })
    .optional(),
});

/** The claims a resource link launch must carry. `custom` holds what a Deep Linking response put on the link. */
export const launchClaims = commonClaims.extend({
  [CLAIM.resourceLink]: z.object({ id: text(255), title: z.string().max(500).optional() }),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
});
export type LaunchClaims = z.infer<typeof launchClaims>;

/** The claims of a submission review launch (LTI Submission Review Service 1.0): a resource link launch that names
 *  the learner whose submission to open in `for_user`. */
export const submissionReviewClaims = launchClaims.extend({
  [CLAIM.forUser]: z.object({
    user_id: text(255),
    name: z.string().max(200).optional(),
    given_name: z.string().max(100).optional(),
    family_name: z.string().max(100).optional(),
  }),
});
export type SubmissionReviewClaims = z.infer<typeof submissionReviewClaims>;

/** The claims of a Deep Linking request (LTI Deep Linking 2.0 §4.4): where to send the chosen content back. */
export const deepLinkingClaims = commonClaims.extend({
  [CLAIM.deepLinking]: z.object({
    deep_link_return_url: z
      .string()
      .url()
      .max(2000)
      .refine((u) => /^https?:\/\//.test(u)),
    accept_types: z.array(z.string().max(100)).max(20),
    accept_presentation_document_targets: z.array(z.string().max(100)).max(20).optional(),
    accept_multiple: z.boolean().optional(),
    title: z.string().max(500).optional(),
    data: z.string().max(4000).optional(),
  }),
});
export type DeepLinkingClaims = z.infer<typeof deepLinkingClaims>;

/** The custom parameter a Deep Linking response puts on the link it creates: the assignment it opens. */
export const ASSIGNMENT_CUSTOM_KEY = "passage_assignment_id";

/** The person's display name from whichever name claims the platform sends (all are optional in LTI). */
export function displayName(c: Pick<LaunchClaims, "name" | "given_name" | "family_name">): string {
  const full = c.name?.trim() || [c.given_name, c.family_name].filter(Boolean).join(" ").trim();
  return (full || "LMS user").slice(0, 100);
}

/** The class name an LMS course becomes. */
export function courseName(ctx: LaunchClaims[typeof CLAIM.context]): string {
  return (ctx.title?.trim() || ctx.label?.trim() || "Course from the LMS").slice(0, 120);
}

/** The line item a launch lets the tool post scores to, or null (no AGS, no line item, or no score scope). */
export function scoreLineItem(c: Pick<LaunchClaims, typeof CLAIM.ags>): string | null {
  const ags = c[CLAIM.ags];
  if (!ags?.lineitem || !ags.scope.includes(AGS_SCORE_SCOPE)) return null;
  return /^https?:\/\//.test(ags.lineitem) ? ags.lineitem : null;
}

/** The course's roster endpoint (NRPS 2.0), or null when the launch offers none (or not over http(s)). */
export function membershipsUrl(c: Pick<LaunchClaims, typeof CLAIM.nrps>): string | null {
  const url = c[CLAIM.nrps]?.context_memberships_url;
  return url && /^https?:\/\//.test(url) ? url : null;
}

/** AGS 2.0 §3.4: the scores endpoint is the line item URL with `/scores` added to its path (query kept). */
export function scoresUrl(lineItemUrl: string): string {
  const u = new URL(lineItemUrl);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/scores`;
  return u.toString();
}
