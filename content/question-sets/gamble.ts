// Reading check for Bahar Mehr, “Moscow’s Geopolitical Gamble on the Taliban” (argues against recognition).
import type { BuiltinSet, Ref } from "./format";

const G = (anchor: string): Ref => ({ essay: "moscows-geopolitical-gamble", anchor });

export const gambleSet: BuiltinSet = {
  key: "builtin:moscows-geopolitical-gamble",
  title: "Moscow’s Geopolitical Gamble: reading check",
  description:
    "Seventeen questions on Bahar Mehr’s case against Russia’s recognition of the Taliban: the abandoned resistance, the convergence with Washington’s retreat, the Russia–China security outlook, mining that entrenches the regime, and the price of the gamble.",
  essays: ["moscows-geopolitical-gamble"],
  questions: [
    {
      type: "SINGLE_CHOICE",
      prompt: "According to the opening sentence, what has Russia’s decision to recognise the Taliban shattered?",
      choices: [
        "The regional lifeline that Afghan opposition groups once relied upon",
        "Russia’s partnership with China",
        "The Taliban’s hold on Kabul",
        "NATO’s presence in Central Asia",
      ],
      correct: 0,
      support: "has shattered the regional lifeline that Afghan opposition groups once relied upon",
      explanation:
        "The essay opens with its thesis: recognition cut off the opposition’s “regional lifeline” and tilted the balance of power “decisively in favor of Kabul’s rulers”.",
      cites: [G("p1-s1")],
    },
    {
      type: "TRUE_FALSE",
      prompt: "True or false: the author agrees that Russia’s move is “nothing more than a diplomatic gesture”.",
      correct: false,
      support:
        "In reality, however, it carries profound geopolitical, economic, and security consequences for Afghanistan and the wider region.",
      explanation:
        "False. The gesture reading is what the move “may appear to be” “at first glance”; the author’s point is that “in reality” the consequences are profound.",
      cites: [G("p2-s1"), G("p2-s2")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt: "Which kinds of consequences does the author say the recognition carries? Select all that apply.",
      choices: ["Geopolitical", "Economic", "Security", "Religious", "Environmental"],
      correct: [0, 1, 2],
      support: "profound geopolitical, economic, and security consequences",
      explanation:
        "Paragraph 2 names three kinds, and the essay then takes them in turn: geopolitics (paragraphs 3–4), security (paragraph 5) and the economy (paragraph 6).",
      cites: [G("p2-s2")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "Besides Russia, which country had anti-Taliban groups hoped would back them?",
      choices: ["Iran", "Pakistan", "China", "Turkey"],
      correct: 0,
      support: "the Kremlin and its regional allies, such as the Islamic Republic of Iran",
      explanation:
        "Disillusioned with the West, these groups “pinned their hopes on the Kremlin and its regional allies, such as the Islamic Republic of Iran”, because of “Russia and Iran’s longstanding ties with Northern Afghan commanders”.",
      cites: [G("p3-s1"), G("p3-s2")],
    },
    {
      type: "CLOZE",
      prompt: "Complete the sentence: where did Tajikistan keep Afghanistan’s embassy open?",
      before: "Tajikistan, Russia’s close ally in Central Asia, kept Afghanistan’s embassy in ",
      accepted: ["Dushanbe"],
      after:
        " open for precisely this reason—even though its consulate in Khorog was officially handed over to the Taliban—and the National Resistance Front also established offices there.",
      support: "kept Afghanistan’s embassy in Dushanbe open",
      explanation:
        "Tajikistan kept the old republic’s embassy in its capital, Dushanbe, and let the National Resistance Front open offices there, while the consulate in Khorog went to the Taliban.",
      cites: [G("p3-s3")],
    },
    {
      type: "EVIDENCE",
      prompt: "Whom does Moscow choose to deal with? Pick the passage that supports the claim.",
      claim:
        "Moscow has chosen to deal with whoever actually holds power in Afghanistan rather than with those resisting them.",
      options: [G("p3-s4"), G("p3-s2"), G("p5-s2"), G("p7-s2")],
      correct: [G("p3-s4")],
      support: "Russia prefers to deal directly with Afghanistan’s de facto power rather than side with its opponents",
      explanation:
        "p3-s4 says so outright. p3-s2 describes the resistance’s earlier hope, p5-s2 China’s outlook and p7-s2 the pressure on the resistance groups.",
      cites: [G("p3-s4")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "How does the essay describe the US posture under Donald Trump?",
      choices: [
        "Inward-looking and isolationist, focused on domestic interests",
        "Eager to send troops back into Afghanistan",
        "Committed to arming the anti-Taliban resistance",
        "Racing Russia to recognise the Taliban first",
      ],
      correct: 0,
      support: "a more inward-looking, isolationist posture focused on domestic interests",
      explanation:
        "Shaped by “Make America Great Again”, Washington is “reluctant to intervene directly in regional crises” and prefers “to delegate security and political responsibilities to regional powers”.",
      cites: [G("p4-s2"), G("p4-s3")],
    },
    {
      type: "CLOZE",
      prompt: "Complete the phrase the author puts in quotation marks for Central and South Asia.",
      before:
        "From a geopolitical standpoint, Russia’s approach is not only part of a broader strategy to compete with the United States and NATO in these “",
      accepted: ["shared backyards"],
      after: ",” it also aligns with Washington’s own evolving policy.",
      support: "compete with the United States and NATO in these “shared backyards,”",
      explanation:
        "The quotation marks flag the idea that the region is a backyard several powers claim at once: Russia competes there with the US and NATO even as its policy lines up with Washington’s.",
      cites: [G("p4-s1")],
    },
    {
      type: "TRUE_FALSE",
      prompt:
        "True or false: the essay says US and Russian strategies in Afghanistan have converged, with Washington content to let Russia take the lead.",
      correct: true,
      support: "U.S. and Russian strategies in Afghanistan have arrived at a kind of pragmatic convergence",
      explanation:
        "True. Russia positions itself as “a key player in ensuring regional security, while the U.S. seems content to let this dynamic unfold”. The author adds that this “could further destabilize the region”.",
      cites: [G("p4-s4"), G("p4-s5")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "Which group does the essay say worries China along its western frontier with Afghanistan?",
      choices: [
        "The East Turkestan Islamic Movement",
        "ISIS-K",
        "The National Resistance Front",
        "Militants from the North Caucasus",
      ],
      correct: 0,
      support: "similar anxieties over the East Turkestan Islamic Movement along its western frontier with Afghanistan",
      explanation:
        "China’s fear of the East Turkestan Islamic Movement mirrors Russia’s concerns about the North Caucasus and Central Asia. ISIS-K appears only in the other essay; the North Caucasus is Russia’s worry, not China’s.",
      cites: [G("p5-s1"), G("p5-s2")],
    },
    {
      type: "EVIDENCE",
      prompt: "What does the Russia–China alignment do in practice? Pick the passage that supports the claim.",
      claim:
        "Although the Russia–China alignment is presented as counter-terrorism, it actually strengthens the Taliban.",
      options: [G("p5-s4"), G("p5-s2"), G("p5-s3"), G("p4-s3")],
      correct: [G("p5-s4")],
      support: "in practice it empowers the Taliban and other extremist Islamist currents as uncontested local proxies",
      explanation:
        "p5-s4 contrasts what the alignment is “ostensibly about” with what it does “in practice”. p5-s3 predicts an anti-Western axis but says nothing about strengthening the Taliban.",
      cites: [G("p5-s4")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt:
        "What does the author expect Russian-backed mining and infrastructure investment to do? Select all that apply.",
      choices: [
        "Strengthen oligarchic networks close to the Taliban leadership",
        "Entrench an illegitimate regime",
        "Empower the Taliban’s machinery of repression",
        "Make Afghanistan’s economy more transparent and accountable",
        "Fund the reopening of girls’ schools",
      ],
      correct: [0, 1, 2],
      support: "these investments are poised to strengthen oligarchic networks close to the Taliban leadership",
      explanation:
        "“Rather than making Afghanistan’s economy … more transparent and accountable”, the investments will strengthen oligarchs, “entrench an illegitimate regime” and feed “a mafia-style economy”. Schools are not mentioned.",
      cites: [G("p6-s4"), G("p6-s5")],
    },
    {
      type: "ORDERING",
      prompt: "Put the steps of the author’s economic argument in order, from cause to consequence.",
      items: [
        "International isolation kept foreign investors away from the Taliban",
        "Under Russia’s patronage the Taliban can pursue large mining and infrastructure projects",
        "Russian firms help tap lithium, copper and gas",
        "The investment strengthens oligarchic networks close to the Taliban",
        "An illegitimate regime is entrenched, with Moscow’s authoritarian model replicated in Kabul",
      ],
      support: "This, in turn, will further entrench an illegitimate regime domestically",
      explanation:
        "Paragraph 6 builds a chain: isolation (s2) gives way to patronage and projects (s2), Russian extractive experience (s3), oligarchic networks (s4) and finally an entrenched regime (s5, “in turn”).",
      cites: [G("p6-s4"), G("p6-s2"), G("p6-s5"), G("p6-s3")],
    },
    {
      type: "SHORT_ANSWER",
      prompt:
        "According to Bahar Mehr, how does Russia’s recognition affect the anti-Taliban resistance? Give two effects and cite paragraph 7.",
      maxWords: 120,
      modelAnswer:
        "The resistance, already under military, financial and political pressure, can no longer count even on the prospect of Russian political or logistical support. That narrows its options and will likely force it to look to other regional players or Western countries, if they still have any appetite to help. It may also deepen rifts among anti-Taliban forces, which were already weakened by a lack of unity and a shared strategy.",
      keywords: ["support", "options", "reassess", "Western", "divisions", "unity", "pressure"],
      rubric:
        "1 point per effect, up to 2: loss of Russian political/logistical support; narrowed options and a forced search for other backers; deeper divisions in an already disunited movement. 1 point for citing a sentence of paragraph 7.",
      points: 3,
      support: "they can no longer count even on the prospect of Russian political or logistical support",
      explanation:
        "Paragraph 7 is the human cost of the decision for the resistance: less support, fewer options and more division.",
      cites: [G("p7-s2"), G("p7-s3"), G("p7-s4"), G("p7-s5")],
    },
    {
      type: "TRUE_FALSE",
      prompt:
        "True or false: the essay describes the anti-Taliban forces as united behind a coherent, shared strategy.",
      correct: false,
      support: "who have long been weakened by a lack of unity and a coherent, shared strategy",
      explanation:
        "False. They have “long been weakened by a lack of unity”, and the author fears recognition will “deepen rifts and sow further divisions” among them.",
      cites: [G("p7-s5"), G("p7-s1")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "Who, according to the final sentence, will eventually pay the price of Moscow’s gamble?",
      choices: [
        "The Afghan people, Afghanistan’s neighbours and ultimately Russia itself",
        "Only the United States and NATO",
        "Only the Taliban leadership",
        "No one: the gamble secures lasting stability",
      ],
      correct: 0,
      support:
        "not only the Afghan people, but also Afghanistan’s neighbors—and ultimately Russia itself—will sooner or later be forced to pay",
      explanation:
        "The essay ends on a warning: neglecting the threats the Taliban and allied extremists “could once again export across the region” will cost everyone, Russia included.",
      cites: [G("p8-s3")],
    },
    {
      type: "EVIDENCE",
      prompt: "What does recognition mean for Afghan politics? Pick the passage that supports the claim.",
      claim: "Recognition makes an inclusive, open political system in Afghanistan less likely than ever.",
      options: [G("p8-s2"), G("p8-s1"), G("p2-s1"), G("p4-s5")],
      correct: [G("p8-s2")],
      support: "dims prospects for building an inclusive, open political system in Kabul more than ever before",
      explanation:
        "p8-s2 says recognition “locks Afghanistan more firmly into an illiberal and closed regional order”. p8-s1 only says the move is not short-term; p2-s1 gives the view the author rejects.",
      cites: [G("p8-s2"), G("p8-s1")],
    },
  ],
};
