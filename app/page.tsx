import { ButtonLink } from "@/components/ui/button";
import { getSessionUser } from "@/server/auth/session";

const features = [
  {
    title: "Questions that cite the text",
    body: "Every question points at the passage it is drawn from, so students check their answer against the reading, not a guess.",
  },
  {
    title: "Answers never lost",
    body: "Each answer autosaves as the student types. Reload, switch device, lose Wi-Fi: the work is there, and submitting counts once.",
  },
  {
    title: "Discussion beside the passage",
    body: "Each answer sits next to its source passage in context. Students take a stance, cite evidence and reply to peers.",
  },
  {
    title: "See what the class misread",
    body: "Item analysis like Moodle's, plus a heatmap of the essay showing which passages the class got wrong.",
  },
];

export default async function Home() {
  const user = await getSessionUser();
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-12 text-white sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-100">Essay quizzes and discussion</p>
        <h1 className="mt-2 max-w-3xl text-3xl font-bold leading-tight sm:text-5xl">
          Every question, answer and argument anchored to the reading.
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">
          Assign an essay, quiz the class on it, and discuss every answer beside the passage it is about. Comes with two
          essays that argue opposite sides of Russia’s recognition of the Taliban.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href="/dashboard" variant="secondary">
              Go to your dashboard
            </ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-up" variant="secondary">
                Create a free account
              </ButtonLink>
              <ButtonLink href="/sign-in" variant="onDark">
                Sign in
              </ButtonLink>
            </>
          )}
          <ButtonLink href="/essays" variant="onDark">
            Read the essays
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="why" className="grid gap-4 sm:grid-cols-2">
        <h2 id="why" className="sr-only">
          What it does
        </h2>
        {features.map((f) => (
          <div key={f.title} className="rounded-xl border border-slate-200 bg-white p-5">
            <h3 className="font-bold">{f.title}</h3>
            <p className="mt-1 text-slate-700">{f.body}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
