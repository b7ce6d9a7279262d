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
} as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** The claims a resource link launch must carry, after its signature and registered claims were checked. */
export const launchClaims = z.object({
  sub: text(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(100).optional(),
  family_name: z.string().max(100).optional(),
  [CLAIM.messageType]: z.string(),
  [CLAIM.version]: z.string(),
  [CLAIM.deploymentId]: text(255),
  [CLAIM.roles]: z.array(z.string().max(500)).max(100),
  [CLAIM.resourceLink]: z.object({ id: text(255), title: z.string().max(500).optional() }),
  [CLAIM.context]: z.object({
    id: text(255),
    label: z.string().max(200).optional(),
    title: z.string().max(500).optional(),
  }),
});
export type LaunchClaims = z.infer<typeof launchClaims>;

/** The person's display name from whichever name claims the platform sends (all are optional in LTI). */
export function displayName(c: Pick<LaunchClaims, "name" | "given_name" | "family_name">): string {
  const full = c.name?.trim() || [c.given_name, c.family_name].filter(Boolean).join(" ").trim();
  return (full || "LMS user").slice(0, 100);
}

/** The class name an LMS course becomes. */
export function courseName(ctx: LaunchClaims[typeof CLAIM.context]): string {
  return (ctx.title?.trim() || ctx.label?.trim() || "Course from the LMS").slice(0, 120);
}
