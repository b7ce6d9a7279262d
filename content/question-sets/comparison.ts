// Questions that need both essays: who argues what, and how the two treat the same facts.
import type { BuiltinSet, Ref } from "./format";

const E = (anchor: string): Ref => ({ essay: "russia-taliban-engagement", anchor });
const G = (anchor: string): Ref => ({ essay: "moscows-geopolitical-gamble", anchor });

export const comparisonSet: BuiltinSet = {
  key: "builtin:comparison",
  title: "Comparing the two essays",
  description:
    "Fourteen questions that need both readings: which essay argues what, and how each treats ISIS-K and terrorism, Afghanistan’s minerals, Central Asia and Tajikistan, China, the US withdrawal, and security against legitimacy.",
  essays: ["russia-taliban-engagement", "moscows-geopolitical-gamble"],
  questions: [
    {
      type: "ATTRIBUTION",
      prompt: "Engagement or isolation: which essay argues this?",
      statement: "Engagement, rather than isolation, offers a channel to manage those risks.",
      correct: "russia-taliban-engagement",
      support: "Engagement, rather than isolation, offers a channel to manage those risks.",
      explanation:
        "This is the engagement essay’s core claim (paragraph 2): the Taliban are the de facto authority, so talking to them manages real security risks. Mehr’s essay argues the opposite about recognition’s effects.",
      cites: [E("p2-s7")],
    },
    {
      type: "ATTRIBUTION",
      prompt: "Extremist proxies: which essay argues this?",
      statement:
        "An alignment sold as managing security threats in fact turns the Taliban and other extremists into unchallenged local proxies.",
      correct: "moscows-geopolitical-gamble",
      support: "in practice it empowers the Taliban and other extremist Islamist currents as uncontested local proxies",
      explanation:
        "Mehr (paragraph 5) grants that the Russia–China outlook is “ostensibly about managing security threats” and then turns it against them. The engagement essay sees the Taliban as a bulwark against extremism, not a proxy for it.",
      cites: [G("p5-s4")],
    },
    {
      type: "ATTRIBUTION",
      prompt: "Central Asia falling in line: which essay argues this?",
      statement:
        "If Moscow recognises the Taliban, the Central Asian states may have to quietly fall in line, whether they like it or not.",
      correct: "russia-taliban-engagement",
      support:
        "If Russia recognises the Taliban, Central Asia may have to quietly fall in line, whether it likes it or not.",
      explanation:
        "The engagement essay (paragraph 6) describes Central Asia’s “bad choice between instability and irrelevance”. Mehr discusses Tajikistan too, but as a former base for the resistance.",
      cites: [E("p6-s4"), E("p6-s5")],
    },
    {
      type: "ATTRIBUTION",
      prompt: "Mining money: which essay argues this?",
      statement:
        "Russian investment in Afghan mining will enrich oligarchs close to the Taliban and feed a mafia-style economy.",
      correct: "moscows-geopolitical-gamble",
      support: "empower the Taliban’s machinery of repression through a mafia-style economy",
      explanation:
        "Both essays mention Afghanistan’s minerals, but only Mehr (paragraph 6) says the money will “strengthen oligarchic networks close to the Taliban leadership”. The engagement essay treats the minerals as a reason for Russia to get involved.",
      cites: [G("p6-s4"), G("p6-s5")],
    },
    {
      type: "ATTRIBUTION",
      prompt: "Regional ownership: which essay argues this?",
      statement:
        "The states that bear the consequences of Afghan instability are right to take ownership of the post-US landscape.",
      correct: "russia-taliban-engagement",
      support:
        "These are the states that are bearing the consequences of Afghan instability—and they are rightly taking ownership of the post-US landscape.",
      explanation:
        "The engagement essay ends by welcoming regional ownership (Moscow, Beijing, Islamabad, Tehran). Mehr sees the same regional order as “illiberal and closed”.",
      cites: [E("p8-s7"), E("p8-s8")],
    },
    {
      type: "ATTRIBUTION",
      prompt: "Washington’s retreat: which essay argues this?",
      statement:
        "An inward-looking Washington is content to hand regional security to others, so US and Russian strategies end up converging.",
      correct: "moscows-geopolitical-gamble",
      support: "the U.S. seems content to let this dynamic unfold, reducing the costs of broad foreign interventions",
      explanation:
        "Mehr (paragraph 4) links Russia’s move to the “Make America Great Again” turn in US policy. The engagement essay also says the West left, but frames it as abandonment that Russia fills, not as convergence.",
      cites: [G("p4-s2"), G("p4-s4")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt: "ISIS-K and terrorism: which statements about the two essays are accurate? Select all that apply.",
      choices: [
        "The engagement essay cites the March 2024 attack near Moscow claimed by ISIS-K",
        "Mehr warns that the Taliban and allied extremist groups could again export terrorist threats across the region",
        "Mehr says the Russia–China alignment empowers extremist currents as local proxies",
        "Both essays describe the Taliban as actively fighting ISIS-K",
        "The engagement essay says ISIS-K and the Taliban are allies",
      ],
      correct: [0, 1, 2],
      support: "ISIS-K claimed responsibility for a devastating attack on a concert venue near Moscow",
      explanation:
        "Only the engagement essay names ISIS-K, and it sees the Taliban as a force “actively fighting ISIS-K”; ISIS-K calls the Taliban “traitors”. Mehr never mentions ISIS-K: for her the Taliban and their allies are themselves the terrorist risk.",
      cites: [E("p3-s3"), E("p3-s5"), G("p5-s4"), G("p8-s3")],
    },
    {
      type: "EVIDENCE",
      prompt: "Mineral wealth, who profits: which passage, from either essay, supports this claim?",
      claim:
        "Russian involvement in Afghan mining will enrich the Taliban’s inner circle instead of making the economy accountable.",
      options: [G("p6-s4"), E("p5-s3"), E("p5-s8"), G("p6-s3")],
      correct: [G("p6-s4")],
      support: "these investments are poised to strengthen oligarchic networks close to the Taliban leadership",
      explanation:
        "Only Mehr’s p6-s4 says who benefits. p6-s3 predicts a Russian role in mining without judging it; the engagement essay’s passages list the minerals (p5-s3) and the deals recognition opens (p5-s8).",
      cites: [G("p6-s4")],
    },
    {
      type: "EVIDENCE",
      prompt: "Mineral wealth, the race with China: which passage, from either essay, supports this claim?",
      claim: "Chinese firms are already active in Afghanistan, which pushes Russia to get involved too.",
      options: [E("p5-s6"), G("p6-s3"), G("p5-s2"), E("p7-s2")],
      correct: [E("p5-s6")],
      support: "Chinese companies are already in.",
      explanation:
        "The engagement essay: “The West is out. Chinese companies are already in. Russia doesn’t want to be left behind.” Mehr’s p5-s2 is about China’s security fears, not business; p7-s2 about past Russia–China cooperation.",
      cites: [E("p5-s6"), E("p5-s7")],
    },
    {
      type: "TRUE_FALSE",
      prompt: "Central Asia: true or false? Both essays connect Tajikistan to the anti-Taliban side.",
      correct: true,
      support: "especially Tajikistan, which has a history of supporting anti-Taliban groups",
      explanation:
        "True. The engagement essay notes Tajikistan’s history of supporting anti-Taliban groups; Mehr says Dushanbe kept the old embassy open and hosted the National Resistance Front’s offices.",
      cites: [E("p6-s2"), G("p3-s3")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "China: how do the two essays differ?",
      choices: [
        "The engagement essay expects Russia and China to become rivals in Afghanistan; Mehr stresses their shared security worries, which could form an anti-Western axis",
        "Both essays say China opposes any engagement with the Taliban",
        "The engagement essay never mentions China; Mehr calls China Russia’s rival",
        "Both essays say China has already formally recognised the Taliban",
      ],
      correct: 0,
      support: "Together, these shared interests could give rise to a new anti-Western axis in the region.",
      explanation:
        "The engagement essay (paragraph 7): “over time, competition is inevitable”. Mehr (paragraph 5): China’s outlook “dovetails neatly” with Russia’s, pointing to “a new anti-Western axis”.",
      cites: [E("p7-s9"), G("p5-s2"), G("p5-s3")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt:
        "The US withdrawal and Washington’s inward turn: which statements about the essays are accurate? Select all that apply.",
      choices: [
        "The engagement essay says the West abandoned Afghanistan, leaving a vacuum Russia fills",
        "Mehr says Washington now prefers to delegate security to regional powers",
        "The engagement essay recalls Russian accusations that the US tolerated ISIS-linked fighters",
        "Mehr says Washington strongly opposes Russia’s recognition and is trying to reverse it",
        "Both essays call for US troops to return to Afghanistan",
      ],
      correct: [0, 1, 2],
      support: "preferring instead to delegate security and political responsibilities to regional powers",
      explanation:
        "Both essays start from the US retreat. For the engagement essay it is abandonment that leaves a void (and an old suspicion of Washington); for Mehr it is a “Make America Great Again” posture under which the US “seems content” with Russia’s role.",
      cites: [E("p5-s13"), E("p5-s14"), E("p4-s2"), G("p4-s3"), G("p4-s4")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "Legitimacy against security: which sentence best captures the disagreement between the essays?",
      choices: [
        "One treats recognition as a security necessity toward the de facto authority; the other says it entrenches an illegitimate regime and abandons its opponents",
        "One says Russia has recognised the Taliban; the other says it has not",
        "They disagree about whether Afghanistan has mineral wealth",
        "One wants the US to return to Afghanistan; the other wants China to lead",
      ],
      correct: 0,
      support: "The Taliban, however controversial, remains the de facto authority",
      explanation:
        "Both accept the facts (the Taliban rule; Russia engages). The engagement essay argues from security (“the de facto authority”), Mehr from legitimacy and its victims (“entrench an illegitimate regime”).",
      cites: [E("p2-s8"), G("p6-s5")],
    },
    {
      type: "SHORT_ANSWER",
      prompt:
        "Both essays agree that recognition strengthens the Taliban’s position. Explain how each essay judges that fact, citing one passage from each.",
      maxWords: 200,
      modelAnswer:
        "The engagement essay admits recognition gives the Taliban more breathing room and adds weight to their claim to legitimacy, but accepts this because leaving Afghanistan in political limbo after the West’s withdrawal is neither feasible nor responsible, and the regional states that bear the consequences should take ownership. Mehr sees the same strengthening as the harm itself: it entrenches an illegitimate regime, empowers its repression through a mafia-style economy, abandons the anti-Taliban resistance and dims the prospects of an inclusive, open political system.",
      keywords: ["breathing room", "legitimate", "limbo", "illegitimate", "repression", "resistance", "inclusive"],
      rubric:
        "2 points: the engagement essay’s judgement (a price worth paying for stability / responsibility), with a passage. 2 points: Mehr’s judgement (entrenches an illegitimate, repressive regime; abandons the resistance), with a passage. 1 point: states the shared premise clearly.",
      points: 5,
      support: "But it does give the Taliban more breathing room.",
      explanation:
        "A good answer sees that the essays agree on the effect and disagree on its value: security and responsibility against legitimacy and the fate of the opposition.",
      cites: [E("p8-s3"), E("p8-s6"), G("p6-s5"), G("p8-s2")],
    },
  ],
};
