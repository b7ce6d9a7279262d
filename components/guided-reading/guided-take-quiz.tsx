"use client";
import { useState, type ComponentProps } from "react";
import type { ActionResult } from "@/lib/actions/action-state";
import type { GuideView } from "@/lib/guided-reading/guide-view";
import { TakeQuiz } from "../quiz/take-quiz";
import { ReadAloud } from "../read-aloud/read-aloud";
import { GuidedEssay } from "./guided-essay";

type Props = Omit<ComponentProps<typeof TakeQuiz>, "layout" | "onePerPage"> & {
  guide: GuideView;
  /** openGuidedSectionAction bound to the assignment: the server records the opening and answers with what is open */
  open: (questionId: string) => Promise<ActionResult<{ guide: GuideView }>>;
};

/**
 * Guided reading: the quiz (its autosave, save states and single submit) laid out as the essay with each question
 * where it belongs. Only the open part of the essay is on the page; answering the questions at the end of it asks
 * the server to open the next part.
 */
export function GuidedTakeQuiz({ guide: initial, open, ...quiz }: Props) {
  const [guide, setGuide] = useState(initial);
  const sentences = guide.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => p.sentences.map((x) => ({ id: `g-p${x.paragraph}-s${x.sentence}`, text: x.text }))),
  );
  return (
    <>
      {guide.essay && (
        <p className="mb-2 text-sm text-slate-700">
          Read <span className="font-semibold">{guide.essay.title}</span> and answer each question where it comes up.
          {guide.locked ? " The text below a question opens once you answer it." : ""}
        </p>
      )}
      {sentences.length > 0 && <ReadAloud sentences={sentences} className="mb-2" />}
      <TakeQuiz
        {...quiz}
        layout={(card, state) => (
          <GuidedEssay
            guide={guide}
            questions={quiz.questions}
            card={card}
            answers={state.answers}
            status={state.status}
            open={open}
            onOpened={setGuide}
          />
        )}
      />
    </>
  );
}
