// Reading check for the untitled pro-engagement essay ("Russia’s Engagement with the Taliban").
import type { BuiltinSet, Ref } from "./format";

const E = (anchor: string): Ref => ({ essay: "russia-taliban-engagement", anchor });

export const engagementSet: BuiltinSet = {
  key: "builtin:russia-taliban-engagement",
  title: "Russia’s Engagement with the Taliban: reading check",
  description:
    "Twenty questions that walk through the essay’s case for engaging the Taliban, paragraph by paragraph: the Central Asian border, ISIS-K, old suspicions of Washington, mineral wealth, the squeeze on Central Asia, rivalry with China and what recognition does and does not change.",
  essays: ["russia-taliban-engagement"],
  questions: [
    {
      type: "SINGLE_CHOICE",
      prompt: "How, according to the opening paragraph, does Moscow now see the world?",
      choices: [
        "Fractured, opportunistic, and post-Western",
        "Divided into two stable blocs, as in the Cold War",
        "Held together by Western-led rules that Russia must follow",
        "United against terrorism under UN leadership",
      ],
      correct: 0,
      support: "fractured, opportunistic, and post-Western",
      explanation:
        "The essay reads Russia’s embrace of the Taliban as “a statement of how Moscow sees the world now”: a world without a dominant Western order, where a state works “with whatever reality it’s handed”.",
      cites: [E("p1-s2"), E("p1-s3")],
    },
    {
      type: "ORDERING",
      prompt: "Put the events of the opening paragraph in the order the essay tells them.",
      items: ["The Taliban march into Kabul", "The Americans pull out", "NATO follows", "The West turns its back"],
      support: "The Americans pulled out.",
      explanation:
        "Paragraph 1 tells it as a quick sequence of short sentences: the Taliban took Kabul, “The Americans pulled out. NATO followed. The West turned its back.” The rhythm stresses how fast the West left, which sets up Russia’s “longer game”.",
      cites: [E("p1-s6"), E("p1-s4"), E("p1-s7"), E("p1-s5")],
    },
    {
      type: "TRUE_FALSE",
      prompt: "True or false: the essay says most states formally recognised the Taliban after they took Kabul.",
      correct: false,
      support:
        "Most states took the diplomatic middle road, neither recognising the Taliban nor cutting them off completely.",
      explanation:
        "False. Most states took a “diplomatic middle road”: no recognition, but no complete break either. Russia is presented as the exception, playing “a longer game”.",
      cites: [E("p1-s8"), E("p1-s9")],
    },
    {
      type: "CLOZE",
      prompt: "Complete the sentence that opens paragraph 2.",
      before: "Afghanistan sits right below Russia’s soft underbelly: ",
      accepted: ["Central Asia"],
      after: ".",
      support: "Afghanistan sits right below Russia’s soft underbelly: Central Asia.",
      explanation:
        "The “soft underbelly” is Central Asia: Tajikistan, Turkmenistan and Uzbekistan, which the essay places inside “Moscow’s security orbit”. Instability in Afghanistan “seeps into these fragile republics”.",
      cites: [E("p2-s1"), E("p2-s2")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt:
        "From Russia’s perspective, what is formalising ties with the Taliban about? Select all that the essay names.",
      choices: [
        "Securing borders",
        "Neutralising transnational threats",
        "Keeping Afghanistan from relapsing into ungoverned chaos",
        "Legitimising the Taliban’s ideology",
        "Reopening girls’ schools",
      ],
      correct: [0, 1, 2],
      support:
        "it is about securing borders, neutralising transnational threats, and ensuring that Afghanistan does not relapse into the kind of ungoverned chaos that fuelled extremism in the past",
      explanation:
        "The essay lists three security aims and explicitly rules out ideology: it is “not about legitimising ideology”. Girls’ schools come up only in paragraph 8, as something recognition will not change.",
      cites: [E("p2-s5")],
    },
    {
      type: "TRUE_FALSE",
      prompt: "True or false: the essay says ISIS-K sees the Taliban as allies.",
      correct: false,
      support: "it views the Taliban as traitors, Russia as an enemy, and violence as a divine obligation",
      explanation:
        "False. ISIS-K “views the Taliban as traitors”. That enmity is the heart of the essay’s argument: the Taliban are a force “actively fighting ISIS-K”.",
      cites: [E("p3-s2")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "Which event does the essay say happened in March 2024?",
      choices: [
        "ISIS-K claimed an attack on a concert venue near Moscow that left over 140 people dead",
        "Russia formally recognised the Taliban government",
        "The Taliban marched into Kabul",
        "Russia’s Foreign Ministry accused the US of flying militants into northern Afghanistan",
      ],
      correct: 0,
      support:
        "In March 2024, ISIS-K claimed responsibility for a devastating attack on a concert venue near Moscow that left over 140 people dead.",
      explanation:
        "The concert-venue attack near Moscow is the essay’s main evidence that ISIS-K is “a direct national security threat” to Russia. The Taliban took Kabul three years before the essay was written, and the helicopter accusations date from 2017.",
      cites: [E("p3-s3"), E("p3-s4")],
    },
    {
      type: "CLOZE",
      prompt: "Complete the sentence: what did the attack confirm in Russia’s eyes?",
      before: "The scale and audacity of the assault cemented Russia’s view of ISIS-K as a direct ",
      accepted: ["national security threat"],
      after: ".",
      support: "cemented Russia’s view of ISIS-K as a direct national security threat",
      explanation:
        "The attack turned ISIS-K from a distant extremist group into “a direct national security threat”, which, the essay says, “in part, explains why Moscow now sees cautious engagement with the Taliban as a strategic necessity”.",
      cites: [E("p3-s4"), E("p3-s5")],
    },
    {
      type: "EVIDENCE",
      prompt: "How old is Russia’s suspicion of Washington? Pick the passage that supports the claim.",
      claim: "Russian suspicion that Washington tolerated ISIS-linked fighters in Afghanistan goes back years.",
      options: [E("p4-s2"), E("p4-s5"), E("p3-s3"), E("p7-s8")],
      correct: [E("p4-s2")],
      support: "As far back as 2017, Russian officials were accusing the United States of turning a blind eye",
      explanation:
        "Paragraph 4 dates the suspicion to 2017. Washington’s dismissal (p4-s5) is part of the same episode but does not show that the suspicion is old; the concert attack is from 2024.",
      cites: [E("p4-s2")],
    },
    {
      type: "SHORT_ANSWER",
      prompt:
        "Why, according to the essay, does the 2017 helicopter episode still matter to the Kremlin’s Afghan strategy today? Answer in two or three sentences.",
      maxWords: 120,
      modelAnswer:
        "Russia accused the US of turning a blind eye to, or even enabling, the movement of ISIS-linked fighters, pointing to unmarked helicopters in airspace controlled by US and NATO forces. Washington denied it, but the episode exposed a deeper anxiety that the US might use ISIS-K as a geopolitical tool to keep the region unstable. That suspicion never disappeared, so Moscow prefers to handle Afghan security itself, through the Taliban, rather than rely on the West.",
      keywords: ["ISIS-K", "helicopters", "geopolitical tool", "unstable", "suspicion", "Kremlin"],
      rubric:
        "2 points: names the suspicion that the US used or tolerated ISIS-K to keep the region unstable. 1 point: says the suspicion persists and shapes today’s strategy (e.g. preferring to deal with the Taliban directly). Deduct if the answer treats the accusation as proven fact: the essay reports that Washington dismissed it.",
      points: 3,
      support: "the US might be using ISIS-K as a geopolitical tool to keep the region unstable",
      explanation:
        "The essay presents this as a suspicion, not a fact (“Washington dismissed the accusations as unfounded”), but says it “still shapes how the Kremlin approaches its Afghan strategy”.",
      cites: [E("p4-s3"), E("p4-s6"), E("p4-s7")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt: "Which resources does the essay name as Afghanistan’s mineral wealth? Select all that apply.",
      choices: ["Lithium", "Copper", "Rare earths", "Oil", "Uranium"],
      correct: [0, 1, 2],
      support: "lithium, copper, rare earths",
      explanation:
        "The essay lists “lithium, copper, rare earths”, resources that matter “in a world increasingly shaped by energy transitions and tech supply chains”.",
      cites: [E("p5-s3"), E("p5-s4")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "How, according to the essay, has Russia’s foreign policy changed since the Ukraine war?",
      choices: [
        "It is building new networks across Asia, the Middle East and Africa instead of seeking a place in the European club",
        "It is seeking closer ties with the European Union to make up for lost trade",
        "It has pulled back from Asia to concentrate on its European borders",
        "It now follows China’s lead on every regional question",
      ],
      correct: 0,
      support: "Now, Moscow is building new networks across Asia, the Middle East, and Africa.",
      explanation:
        "“It’s no longer about being part of the European club.” The outreach to the Taliban “fits neatly into that post-Ukraine pivot”.",
      cites: [E("p5-s9"), E("p5-s10"), E("p5-s11"), E("p5-s12")],
    },
    {
      type: "CLOZE",
      prompt: "Complete the closing sentence of paragraph 5.",
      before: "So Russia fills the void—not out of charity, but because power hates a ",
      accepted: ["vacuum"],
      after: ".",
      support: "because power hates a vacuum",
      explanation:
        "The essay’s logic: “The West abandoned Afghanistan”, leaving a void; Russia steps in out of interest, not charity.",
      cites: [E("p5-s14"), E("p5-s13")],
    },
    {
      type: "TRUE_FALSE",
      prompt: "True or false: the essay says Tajikistan has a history of supporting anti-Taliban groups.",
      correct: true,
      support: "especially Tajikistan, which has a history of supporting anti-Taliban groups",
      explanation:
        "True. That history is why Russia’s move is “tricky” for Central Asia: these states distrust the Taliban but “don’t want to go against Moscow”.",
      cites: [E("p6-s2")],
    },
    {
      type: "SINGLE_CHOICE",
      prompt: "How does the essay sum up the position of the Central Asian states if Russia recognises the Taliban?",
      choices: [
        "A bad choice between instability and irrelevance",
        "A welcome chance to lead the region",
        "An easy decision, since they already trust the Taliban",
        "A choice between Washington and Beijing",
      ],
      correct: 0,
      support: "For them, it’s a bad choice between instability and irrelevance.",
      explanation:
        "They “may have to quietly fall in line, whether it likes it or not”: resisting Moscow risks irrelevance, accepting the Taliban risks instability.",
      cites: [E("p6-s4"), E("p6-s5")],
    },
    {
      type: "MULTIPLE_SELECT",
      prompt: "What does the essay say China wants in Afghanistan? Select all that apply.",
      choices: [
        "To expand its Belt and Road network",
        "To protect Xinjiang from militant spillover",
        "To secure mining rights",
        "To be seen as a major player in yet another theatre",
        "To replace Russia as Central Asia’s security guarantor",
      ],
      correct: [0, 1, 2],
      support:
        "China wants to expand its Belt and Road network, protect its western Xinjiang region from militant spillover, and secure mining rights.",
      explanation:
        "China “prefers calm, predictability, and deals”. Wanting “to be seen as a major player in yet another theatre” is how the essay describes Russia, whose approach is “less cautious and more political”.",
      cites: [E("p7-s4"), E("p7-s6"), E("p7-s7")],
    },
    {
      type: "EVIDENCE",
      prompt: "Russia and China in Afghanistan: pick the passage that supports the claim.",
      claim: "Russia and China may cooperate in Afghanistan for now, but they will end up as rivals there.",
      options: [E("p7-s9"), E("p7-s2"), E("p5-s6"), E("p8-s7")],
      correct: [E("p7-s9")],
      support: "But over time, competition is inevitable.",
      explanation:
        "Paragraph 7 expects short-term coordination “on basic issues like terrorism” but says “over time, competition is inevitable”: “They’re circling the same mountain, but with different maps.” p7-s2 only describes past cooperation.",
      cites: [E("p7-s9"), E("p7-s8")],
    },
    {
      type: "TRUE_FALSE",
      prompt: "True or false: the essay claims Russian recognition will help reopen girls’ schools in Afghanistan.",
      correct: false,
      support: "It won’t reopen girls’ schools, restore jobs, or fix the economy.",
      explanation:
        "False. The author concedes that recognition “won’t change the lives of ordinary Afghans”; its effect is political, giving the Taliban “more breathing room”.",
      cites: [E("p8-s1"), E("p8-s2")],
    },
    {
      type: "SHORT_ANSWER",
      prompt:
        "The author admits recognition will not improve ordinary Afghans’ lives. What does the essay say recognition does do, and why does the author still support engagement? Cite the final paragraph.",
      maxWords: 150,
      modelAnswer:
        "Recognition gives the Taliban more breathing room, chips away at their isolation and adds weight to their claim to be Afghanistan’s legitimate rulers; other countries might follow out of necessity. The author still supports engagement because, after the West’s abrupt withdrawal and policy paralysis, leaving Afghanistan in political limbo is neither feasible nor responsible, and the regional states that bear the consequences of Afghan instability (Moscow, Beijing, Islamabad and Tehran) are rightly taking ownership.",
      keywords: [
        "breathing room",
        "isolation",
        "legitimate",
        "follow",
        "limbo",
        "withdrawal",
        "regional",
        "consequences",
      ],
      rubric:
        "2 points: what recognition does (breathing room, less isolation, more legitimacy, others may follow). 2 points: why the author still backs engagement (limbo is not responsible after the West left; regional states bear the consequences and should take ownership). Credit answers that notice the concession strengthens the argument’s honesty.",
      points: 4,
      support: "it is no longer feasible or responsible to leave Afghanistan in political limbo",
      explanation:
        "The last paragraph concedes the humanitarian limits, then rests the case on responsibility and regional ownership of “the post-US landscape”.",
      cites: [E("p8-s3"), E("p8-s4"), E("p8-s6"), E("p8-s8")],
    },
    {
      type: "ORDERING",
      prompt: "Put these considerations in the order the essay raises them.",
      items: [
        "Central Asia as Russia’s “soft underbelly”",
        "The threat from ISIS-K",
        "Afghanistan’s mineral wealth",
        "The dilemma of the Central Asian states",
        "Rivalry with China",
      ],
      support: "And then there’s China.",
      explanation:
        "The essay moves from security (paragraphs 2–4: the border, ISIS-K, suspicion of the US) to economics (paragraph 5), then to the neighbours it affects: Central Asia (paragraph 6) and China (paragraph 7, “And then there’s China.”).",
      cites: [E("p6-s1"), E("p3-s1"), E("p7-s1"), E("p2-s1"), E("p5-s3")],
    },
  ],
};
