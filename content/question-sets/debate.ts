// Debate prompts: a student takes a side, argues it and cites passages; the class then discusses.
import type { BuiltinSet, Ref } from "./format";

const E = (anchor: string): Ref => ({ essay: "russia-taliban-engagement", anchor });
const G = (anchor: string): Ref => ({ essay: "moscows-geopolitical-gamble", anchor });

const RUBRIC = (focus: string) =>
  `4 points: a clear position; uses evidence from the cited passages accurately (quotes or close paraphrase, nothing the essays do not say); answers the strongest point of the other essay; ${focus}. 2 points: a position with evidence but no engagement with the other side. 1 point: opinion without evidence from the texts.`;

export const debateSet: BuiltinSet = {
  key: "builtin:debate",
  title: "Debate prompts",
  description:
    "Five open questions on which the two essays disagree. Students pick a side, argue it and cite passages from the essays; answers appear beside the passages they cite, ready for class discussion.",
  essays: ["russia-taliban-engagement", "moscows-geopolitical-gamble"],
  questions: [
    {
      type: "DEBATE",
      prompt:
        "Should Russia have formally recognised the Taliban government? Take a side and support it with at least two passages, ideally one from each essay.",
      stances: [
        { id: "for", text: "Yes: engagement manages real security risks" },
        { id: "against", text: "No: recognition entrenches an illegitimate regime" },
      ],
      minCitations: 2,
      rubric: RUBRIC("weighs security against legitimacy explicitly"),
      points: 4,
      explanation:
        "The engagement essay argues that refusing to recognise the de facto authority “only perpetuates a dangerous diplomatic void”; Mehr answers that recognition will “entrench an illegitimate regime” and dims hopes of an inclusive system.",
      cites: [E("p2-s7"), E("p2-s8"), G("p6-s5"), G("p8-s2")],
    },
    {
      type: "DEBATE",
      prompt: "Is the threat from ISIS-K and other extremist groups a good reason to work with the Taliban?",
      stances: [
        { id: "for", text: "Yes: the Taliban are fighting ISIS-K" },
        { id: "against", text: "No: the Taliban and their allies are part of the threat" },
      ],
      minCitations: 1,
      rubric: RUBRIC("distinguishes ISIS-K from the Taliban and their allied groups"),
      points: 4,
      explanation:
        "The engagement essay: “better to empower a force that is actively fighting ISIS-K than to stand by”. Mehr: the alignment “empowers the Taliban and other extremist Islamist currents”, and their threats could “once again” be exported.",
      cites: [E("p3-s4"), E("p3-s5"), G("p5-s4"), G("p8-s3")],
    },
    {
      type: "DEBATE",
      prompt: "Who would gain from Afghanistan’s lithium, copper and rare earths under Russian engagement?",
      stances: [
        { id: "region", text: "Afghanistan and the region, through investment and deals" },
        { id: "elite", text: "Taliban-linked oligarchs, not ordinary Afghans" },
      ],
      minCitations: 1,
      rubric: RUBRIC("says who benefits and how, not only whether minerals exist"),
      points: 4,
      explanation:
        "Both essays agree the minerals matter. The engagement essay sees “deals, contracts, and influence”; Mehr expects the money to “strengthen oligarchic networks close to the Taliban leadership”. The engagement essay also concedes recognition “won’t change the lives of ordinary Afghans”.",
      cites: [E("p5-s3"), E("p5-s8"), E("p8-s1"), G("p6-s3"), G("p6-s4")],
    },
    {
      type: "DEBATE",
      prompt: "After the US withdrawal, should regional powers such as Russia and China shape Afghanistan’s future?",
      stances: [
        { id: "yes", text: "Yes: the states that bear the consequences should take ownership" },
        { id: "no", text: "No: it locks Afghanistan into an illiberal, closed order" },
      ],
      minCitations: 1,
      rubric: RUBRIC("addresses what the US retreat changed, using both essays’ accounts of it"),
      points: 4,
      explanation:
        "The engagement essay: regional states “are rightly taking ownership of the post-US landscape”. Mehr: Washington’s retreat lets Russia reshape a regional order that is “illiberal and closed”.",
      cites: [E("p8-s6"), E("p8-s8"), G("p4-s3"), G("p4-s4"), G("p8-s2")],
    },
    {
      type: "DEBATE",
      prompt: "You advise the government of Tajikistan. What should it do now that Moscow has recognised the Taliban?",
      stances: [
        { id: "follow", text: "Follow Moscow and engage the Taliban" },
        { id: "resist", text: "Keep supporting the anti-Taliban resistance" },
        { id: "hedge", text: "Stay cautious and keep both doors open" },
      ],
      minCitations: 1,
      rubric: RUBRIC("names the risk of the chosen course for Tajikistan itself"),
      points: 4,
      explanation:
        "The engagement essay: Central Asia faces “a bad choice between instability and irrelevance” and may “quietly fall in line”. Mehr: Dushanbe kept the old embassy open and hosted the National Resistance Front, hopes that Moscow’s decision “upended”.",
      cites: [E("p6-s2"), E("p6-s4"), E("p6-s5"), G("p3-s3"), G("p3-s4")],
    },
  ],
};
