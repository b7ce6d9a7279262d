// `npm run lti:keys -- list | add | activate <kid> | retire <kid>`: the LTI tool's signing keys (README, "Use it
// from your LMS"). A rotation is add (published at /api/lti/jwks beside the old key, not signing yet), then, once
// the platforms have fetched the set (they cache it; a day is safe), activate (it signs from now on), then, after
// anything the old key signed has expired (a few minutes), retire the old key. Needs DATABASE_URL.
import { isAppError } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { addToolKey } from "@/server/lti/add-tool-key";
import { getSigningToolKey } from "@/server/lti/get-signing-tool-key";
import { listToolKeys } from "@/server/lti/list-tool-keys";
import { activateToolKey, retireToolKey } from "@/server/lti/rotate-tool-key";

const USAGE = "Usage: npm run lti:keys -- list | add | activate <kid> | retire <kid>";

async function list(): Promise<void> {
  const keys = await listToolKeys();
  const signer = await getSigningToolKey();
  for (const k of keys)
    console.log(
      `${k.kid}  added ${k.createdAt.toISOString()}  ${
        k.kid === signer.kid
          ? "SIGNING"
          : k.activatedAt
            ? `published (signed until a newer key was activated)`
            : "published, not signing yet (activate it once platforms have fetched the key set)"
      }`,
    );
}

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set (see the README's Configuration).");
    return 2;
  }
  const [command, kid] = process.argv.slice(2);
  if (command === "list") await list();
  else if (command === "add") {
    const added = await addToolKey({ activate: false });
    console.log(`Added ${added}: published at /api/lti/jwks, not signing yet.`);
    console.log(
      `Once your LMSs have fetched the key set (wait a day to be safe): npm run lti:keys -- activate ${added}`,
    );
  } else if (command === "activate" && kid) {
    await activateToolKey(kid);
    console.log(`${kid} signs from now on. Retire the old key in a few minutes: npm run lti:keys -- retire <old kid>`);
  } else if (command === "retire" && kid) {
    await retireToolKey(kid);
    console.log(`${kid} is retired: no longer published, nothing it signed verifies any more.`);
  } else {
    console.error(USAGE);
    return 2;
  }
  return 0;
}

main()
  .then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      console.error(isAppError(e) ? e.message : e);
      process.exitCode = 1;
    },
  )
  .finally(() => db.$disconnect());
