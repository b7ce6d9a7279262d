import "server-only";
import { answerGroupOf } from "@/lib/discussion/answer-group";
import type { AnswerGroup, AnswerView, EssayView, PostView, ViewerView } from "@/lib/discussion/view-types";
import { questionContent, type QuestionContent } from "@/lib/questions/typed-question";
import { passageLabel } from "@/lib/passages/group";
import { db } from "../db";
import { authorView } from "./author-view";
import { citationView } from "./citation-view";
import { passageIndex } from "./passage-index";
import { discussionContextForPage, type DiscussionRef } from "./load-discussion-context";
import { loadEssays } from "./load-essays";
import { loadThreads } from "./load-threads";
import { loadReactions } from "./reactions";
import { loadAnswers } from "./load-answers";

export type Discussion = {
  assignment: { id: string; title: string; className: string; classId: string };
  question: {
    id: string;
    prompt: string;
    citedPassageIds: string[];
    stances: { id: string; text: string }[];
  } & QuestionContent;
  viewer: ViewerView;
  essays: EssayView[];
  groups: AnswerGroup[];
  general: PostView[];
  /** the viewer's own stance in a debate (id), for labelling their replies */
  myStanceId: string | null;
  /** open reports in the whole assignment (instructor only, else 0) */
  openReports: number;
};

/**
 * Everything the discussion of one assignment question shows to this viewer. A student who must answer
 * first gets the essays and the question but no answers or posts (`viewer.canSeePeers` false); the
 * server decides, not the page.
 */
export async function getDiscussion({ viewer, assignmentId, questionId }: DiscussionRef): Promise<Discussion> {
  const ctx = await discussionContextForPage(viewer.id, viewer.role, assignmentId, questionId);
  const citedPassageIds = ctx.question.passages.map((p) => p.passageId);
  const stances = ctx.question.type === "DEBATE" ? ctx.question.content.stances : [];
  const base = {
    assignment: {
      id: ctx.assignment.id,
      title: ctx.assignment.title,
      className: ctx.assignment.class.name,
      classId: ctx.assignment.classId,
    },
    question: {
      ...questionContent(ctx.question),
      id: ctx.question.id,
      prompt: ctx.question.prompt,
      citedPassageIds,
      stances,
    },
    viewer: {
      isInstructor: ctx.isInstructor,
      canSeePeers: ctx.canSeePeers,
      lockedReason: ctx.lockedReason,
      submitted: ctx.submitted,
      anonymous: ctx.assignment.anonymous,
    },
  };
  const essaysLoaded = loadEssays({ setId: ctx.assignment.setId, citedPassageIds });
  if (!ctx.canSeePeers)
    return { ...base, essays: await essaysLoaded, groups: [], general: [], myStanceId: null, openReports: 0 };
  // The essays, answers and posts do not depend on each other: one round trip's wait instead of four.
  const stanceLabel = (id: string | null) => stances.find((s) => s.id === id)?.text ?? null;
  const [essays, openReports, responses, threads] = await Promise.all([
    essaysLoaded,
    ctx.isInstructor
      ? db.postReport.count({ where: { resolvedAt: null, post: { assignmentId, deletedAt: null } } })
      : 0,
    loadAnswers(ctx),
    loadThreads(ctx, stanceLabel),
  ]);
  const reactions = await loadReactions(
    [...responses.map((r) => `response:${r.id}`), ...threads.posts.map((p) => `post:${p.id}`)],
    viewer.id,
  );
  const postsFor = threads.build(essays, reactions);
  const index = passageIndex(essays);
  const passageName = (id: string) => {
    const hit = index.get(id);
    return hit ? `${passageLabel(hit.passage)}: “${hit.passage.text}”` : "A passage no longer in the essay";
  };

  const groups = new Map<string, AnswerGroup>();
  for (const r of responses) {
    const g = answerGroupOf(ctx.question, r.answer, passageName);
    const view: AnswerView = {
      responseId: r.id,
      author: authorView(r.attempt.student, ctx),
      text: g.text,
      stanceId: g.stanceId,
      citations: r.citations.map((c) => citationView(c, index)).filter((c) => c !== null),
      reactions: reactions(`response:${r.id}`),
      posts: postsFor(r.id),
    };
    const group = groups.get(g.key) ?? { key: g.key, label: g.label, answers: [] };
    group.answers.push(view);
    groups.set(g.key, group);
  }
  const myStanceId = responses.find((r) => r.attempt.student.id === viewer.id)?.stance ?? null;
  return {
    ...base,
    essays,
    groups: [...groups.values()].sort((a, b) => b.answers.length - a.answers.length || a.label.localeCompare(b.label)),
    general: postsFor("general"),
    myStanceId,
    openReports,
  };
}
