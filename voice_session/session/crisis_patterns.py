"""The patterns crisis_words.py reads sentences with: nine groups of crisis language, worrying everyday words,
borderline lines, and figures of speech that only borrow violent words. Regular expressions on normalized
text (lower case, contractions spelled out, punctuation gone but for commas). Add a pattern with a sentence in
tests/test_crisis.py that it catches, and one near it that it must leave alone."""

from __future__ import annotations

_PERSON = r"(?:he|she|they|you|my (?:husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee)|him|her)"
_ABUSER = r"(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee|dad|father|mom|mother))"
_IMPAIRED = (r"(?:drunk|high|stoned|wasted|hammered|plastered|legless|pissed|off (?:his|her|their|my|your) (?:face|head|tits)|over "
             r"the limit|after (?:drinking\b(?! (?:a |two |some |my |the |his |her )?(?:coffees?|teas?|water|juice|smoothie|milk|hot "
             r"chocolate|squash))|(?:a|one|two|three|four|five|six|seven|eight|several|a few|a couple of|too many|some|half a|a "
             r"whole|a full) (?:\w+ )?(?:pints?|beers?|drinks|glasses of (?:wine|whisky|vodka|gin)|bottles? of (?:wine|whisky|"
             r"vodka|gin|rum)|shots|cans|whiskies|vodkas|lagers|ciders)\b(?! of (?:lemonade|water|milk|juice|squash|coke|cola))))")
"""Drunk or high, in the words people use for it ("after six pints", "off his face", "after a bottle of wine")."""
_KID = (r"(?:the|our|my|your|his|her) (?:(?:little|baby|eldest|youngest|oldest|middle|younger|older|two year old|three year old|"
        r"newborn|teenage|teenaged|teen) )?(?:kids?|children|child|baby|babies|toddlers?|son|daughter|boy|girl|little one)s?")
_GROWN_UP = (r"(?:(?:her|his|their|the|my|our|your|a) )?(?:(?:mums|moms|mothers|dads|fathers) )?(?:uncle|aunt|auntie|grandad|"
             r"granddad|grandpa|grandfather|grandma|granny|nan|nana|step ?dad|step ?father|step ?mum|step ?mom|step ?mother|"
             r"dad|father|daddy|mum|mom|mummy|mommy|mother|teacher|coach|babysitter|nanny|childminder|neighbou?r|"
             r"boyfriend|girlfriend|tutor|priest|pastor|instructor)")
"""A grown-up a child may name (not a brother, a sister or a friend: a scuffle between children is not this)."""
_WITH_A_FLOURISH = r"(?! with (?:a|an|the|your|his|her|some) (?!(?:pills?|tablets|rope|knife|gun|overdose)\b))"
"""Not an ending with a flourish: "you always end it all with a sarcastic comment", "end it all with a bang"."""
_ME_KILL = (r"(?:(?:kill|killing|killed|end|ending|ended) myself|(?:kill|killing|killed|end|ending|ended|take|taking|took) my "
            r"(?:own )?life|(?:end|ending|ended) it all" + _WITH_A_FLOURISH + r"|(?:finish|finishing) my (?:own )?life\b(?! ?(?:story|"
            r"stories|s work|work|memoir|plan|list|admin))|(?:top|topping|topped) myself(?! up| off| with))")
"""Killing oneself, said plainly or as British and Irish speakers say it ("topping myself"; never "topping myself
up"). Not "taking myself off to bed", nor "he took it all, the money, the car"."""
_HARM_SELF = (r"(?:cut|cutting|harm|harming|hurt|hurting|burn|burning|punish|punishing|starve|starving|hit|hitting"
              r"|scratch|scratching|punch|punching|slap|slapping|bite|biting|choke|choking) myself")

ASKED_GROUPS = frozenset({"suicidal thoughts said indirectly", "violent words said in anger", "health in danger",
                          "thoughts of harming someone"})
"""Groups of everyday words that hurt people also say in anger ("you'd all be better off without me", "what's the
point of any of it", "I've said my goodbyes"): the program asks, kindly and directly, whether everyone is safe,
and stops with help on a no or no clear answer, as the C-SSRS screener and a therapist would ask. Control and
fear for one's safety stop at once although their words are everyday too: the partner they are about is in the
room, and a "yes, I'm safe" said in front of them cannot be trusted. What one partner says they could do to the other
("I could strangle you", "I could kill you right now") is nearly always a figure of anger, and is asked about; "I want
to hurt you" and "I'll kill you" stop. A body put in danger by one's own hand, short of self-harm said as such (eating
starved or purged, a car driven blind), is asked about too: a danger to be sure of, said by people who also say they
"made themselves sick with worry". So are thoughts of harming a baby or a child feared by the one who has them ("since
the baby I've had thoughts of smothering her when she won't stop crying, and it scares me"): often the intrusive
thoughts of a frightened parent, to be asked about kindly, not met with emergency numbers."""

_ERRAND = (r"(?! (?:to (?:the )?(?:post office|embassy|consulate|bank|office|renew|get|be|copy|photocopy|scan|check|buy|pay|"
           r"fetch|top up|withdraw|do the shopping|the shops?|the supermarket)|for (?:renewal|the visa|a copy|me|the "
           r"(?:shopping|groceries|petrol|bills?))|by mistake))")
"""Not after a document taken on an errand ("he took my passport to the post office to renew it")."""
_NOT_A_THING = (r"(?! of (?:the |my |our |his |her |this )?(?:\w+ )?(?:account|accounts|netflix|spotify|wifi|password|"
                r"laptop|computer|app|chat|email|profile|game|conversation|decision|decisions|plans?|calendar|drive|folder|"
                r"spreadsheet|document|doc|group|garage|shed|loft|office)\b)")
"""Not locked out of an account or a decision ("she locked me out of the Netflix account")."""

_KINDLY = (r"(?! (?:to (?:apply|do|try|go|be|finish|keep|study|work|train|get|take|start|see|ask|call|change|speak|talk|"
           r"write|learn|think|make|stop|quit|move|become|look|join|sign|enter|run|the (?:limit|front|top|edge|brink|breaking point)|my "
           r"(?:limits?|breaking point))\b|"
           r"into (?:applying|doing|trying|taking|going|it)\b|with (?:the|this|that|his|her|a|some) (?:news|question|"
           r"questions|bill|idea|request|story|fact|facts|line|joke|truth|details|price|offer|plan|results?)\b|"
           r"on the (?:back|shoulder)\b|under the table\b|out of (?:bed|my comfort zone|the (?:bed|room|kitchen|meeting|game|team|group|car|"
           r"queue|way))\b|out\b(?! of)|up the hill|forward|along|in the right direction))")
"""Not what these verbs also say kindly or in passing: pushed to apply, hit with the news, slapped on the back,
kicked out of bed."""
_NOT_A_CHILD_OR_THING = "".join(rf"(?<!{who} )" for who in (
    "baby", "toddler", "son", "daughter", "kid", "kids", "dog", "puppy", "cat", "ball", "door", "branch", "wave",
    "boy", "girl", "nephew", "niece", "horse", "goat"))
"""A baby that hit me with her rattle, a door that hit me in the face: not violence."""
_PLAYED = (r"(?!(?:ball|frisbee|snowball|snowballs|beanbag|towel|tea towel|confetti|rice|flowers|bouquet|sweets|popcorn|pillow|"
           r"cushion|cushions|teddy|soft toy|sock|socks|balloon|napkin|sponge|grape|grapes|paper ball|ring|engagement ring|"
           r"wedding ring)\b)")
"""Thrown in play, or given back in anger ("he threw the ring at me and walked out")."""


def _nowhere(words: str) -> str:
    """A lookahead: nothing after this point in the sentence is one of `words` (alternatives, a regex): the
    context that makes a pattern's words everyday ones."""
    return rf"(?!.*\b(?:{words})\b)"


_KITCHEN = _nowhere(r"carve|carving|cut(?:ting)? (?:the|some|up|it)|chop\w*|slic\w*|peel\w*|bread|chicken|turkey|meat|"
                    r"onions?|vegetables|cake|kitchen|cook\w*|sharpen\w*|hunting|the range|clean(?:ing)? it|wrong")
"""Not a knife in the kitchen, a gun at the range."""
_AGREED = _nowhere(r"i asked (?:him|her|them) to|we agreed|we decided|my choice|i wanted (?:him|her) to|because i am "
                   r"(?:terrible|bad|hopeless|useless) (?:with|at)|date night|our rule|doctor|diet|at work|in the office|landlord|"
                   r"we compete|for the bus|for the train|because (?:hers|his|mine) is (?:broken|dead|flat)")
"""Not an arrangement a couple chose ("he controls the money, I asked him to")."""
_ACCIDENT = _nowhere(r"by accident|accidentally|pan handle|taking (?:the|a) \w+ out of|reaching (?:for|over)|steam|shaving|"
                     r"chopping|slicing|gardening|ironing|clumsy|cooking|baking|on the (?:iron|oven|stove|hob|kettle|"
                     r"grill|toaster|radiator|barbecue|exhaust)(?!.{0,25}\b(?:so i|to feel|to stop|on purpose|because|"
                     r"deliberately|when i|to punish|to focus|to cope|to calm)\b)")
"""Not a burn or a cut that says how it happened by accident ("I burnt my wrist on the hob because you left the pan
handle sticking out")."""
_CARELESS = _nowhere(r"(?:leav\w*|left) (?:the |your |my |those |that )?(?:hob|oven|stove|cooker|grill|gas|iron|heater|"
                     r"candles?|toaster|fryer|straighteners|hair straighteners|fire|chip pan)|with (?:your|his|her|those|that|the) "
                     r"(?:candles?|cigarettes?|smoking|cooking|incense|fireworks?)")
"""Not a fire foretold from carelessness ("you'll burn the house down one day leaving the hob on like that")."""
_PARTNER = (r"(?:(?:you|him|them|my (?:wife|husband|partner|boyfriend|girlfriend|fiance|fiancee))\b|her(?= *(?:$|[,.!?;]| and| so|"
            r" hard| again| when| because| last| yesterday| in front| twice| once| until| with| across| in the| on the| while|"
            r" that)))")
"""Whom someone owns to having hurt: the partner spoken to, or a person; "her" only where it is not "her car", "you"
never the start of "your" ("stop shoving your opinions down my throat")."""
_NOT_A_BLOW = (r"(?! (?:up|out|off|awake|back (?:to|into)|under the table|in my sleep|on the (?:back|arm|shoulder) (?:to|for|as|"
               r"when)|with (?:(?:the|a|an|that|this|my|some|all) )?(?:news|questions?|truth|facts?|bill|idea|joke|line|request|price|"
               r"story|details|list|quote|pun|compliment|surprise|offer|figures?|numbers?|lawsuit|fine|ticket|pillow|cushion|"
               r"towel|tea towel|sock|snowball|balloon|water balloon)|with all (?:that|this|of (?:that|this|it))|where it hurts|"
               r"at (?:chess|cards|tennis|scrabble|golf|pool|darts|monopoly|squash|poker|the|a|an|it|that|this|every)|"
               r"to (?:it|the)|home|there)\b)"
               r"(?!.*\b(?:by accident|accidentally|joking|jokingly|playful\w*|for fun|in fun|messing about|mucking about|"
               r"tickl\w*|pillow fight|play fight\w*|wrestl\w*|in my sleep|dream\w*)\b)")
"""Not a blow: "hit you up", "hit you with the news", "hit you where it hurts", "kicked you out", "beat you at chess",
"kicked you under the table", a pillow, a play fight, a kick in one's sleep."""

_I_WILL = r"(?:i will|i am going to|i am gonna|i swear i will|i will fucking|i could|i would|i might)"
"""The speaker's own act to come, said as a threat (or, with "could", a figure: see FIGURES)."""
_BARELY = r"(?:(?:just|personally|fucking|literally|actually|really|happily|gladly|go and) )?"
"""A word that only strengthens the act (never "not" or "never")."""
_BODY = (r"(?:neck|jaw|face|skull|head|arms?|legs?|ribs|nose|fingers?|hands?|wrists?|knees?|kneecaps?|teeth|spine|bones?|"
         r"throat|eyes?|ankles?|elbows?|collarbone|cheekbone)")
"""Parts of a body: what a threat breaks, where a figure of speech breaks a heart, a record or the news."""
_TENDER = _nowhere(r"collar|necklace|tie|scarf|hug\w*|cuddl\w*|kiss\w*|massag\w*")
"""Hands round a neck to fix a collar or in a hug."""
_GUARDING = _nowhere(r"front door|back door|driveway|garden|porch|gate|doorbell|burglar\w*|break in|security|the shop|"
                     r"the office|the baby|the dog|the cat|bird|keys|keyring|luggage|suitcases?|bags? (?:at|on|for) (?:the )?"
                     r"(?:airport|flight|holiday)|lose|loses|losing|lost|stolen|steal|theft|thieves|insurance|steps|sleep|daughters?|sons?|"
                     r"kids|children|teenager")
"""A camera for a door or the baby, a tracker for what gets lost or stolen or on a child's phone, an app for one's
steps: not watching a partner."""
_HOLDER = r"(?:he|she|they|you|my (?:husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee))"
"""Who holds a partner in coercive control: the partner, not a boss, a doctor or a mum."""
_KIN = (r"(?:(?:my|our|any of my) (?:friends?|family|mum|mother|mom|dad|father|parents|sisters?|brothers?|kids|children|"
        r"grandchildren|grandkids|best friend|nan|gran|folks|own family)|anyone|anybody|friends|family|the kids|the children)")
"""Whom a controlled partner is kept from."""
_NOT_OVERSEEN = _nowhere(r"boss|manager|company|school|teacher|coach|landlord|council|doctor|doctors|nurse|physio|"
                         r"surgeon|hospital|clinic|operation|surgery|court|judge|bail|lawnmower|borrow\w*")
"""A boss's, a doctor's or an owner's say: not a partner's control."""
_NOT_MINE_TO_KEEP = _nowhere(r"poker|cards|bet|game|fair and square|lose everything|i (?:always )?lose|i am (?:terrible|"
                             r"useless|hopeless) with|safekeeping|keep (?:it|them) safe|the trip|the holiday|the airport")
"""Money won at cards, a card kept for someone who loses everything: not money taken from a partner."""
_OUTPLAYED = (r"(?! (?:at|in) (?:\w+ ){0,2}(?:squash|tennis|chess|cards|poker|scrabble|monopoly|golf|pool|darts|race|"
              r"running|quiz|badminton|football|fifa|game|games|match|arm wrestling)\b| to (?:it|the (?:punch|top|finish|car|"
              r"door|front|last)|first)\b)")
"""Beaten at a game or to the last slice: not a blow."""
_NOT_LESSONS = r"(?! (?:education|ed|talks?|conversations?|chats?|lessons?)\b)"
_FOR_A_TRIP = _nowhere(r"for (?:the|a|our) (?:trip|holiday|flight|cruise|journey|camping)|abroad|(?:the )?(?:pharmacy|chemist) "
                       r"(?:is|was|will be) (?:shut|closed)|runs? out")
"""Tablets kept back for a trip while the chemist is shut: a supply, not a store for an overdose."""
_PLAY_FIGHT = _nowhere(r"tickl\w*|play fight\w*|play wrestl\w*|play\w* (?:rugby|football|twister)|wrestling|pillow fight"
                       r"|cried laughing|crying laughing|for fun|as a joke|jokingly|remote")
"""Pinned down to be tickled, sat on for the remote: a game."""
_SOBER = _nowhere(r"(?:(?:would|could|can|did|should) not|not to|never) drive (?:drunk|home|after|like that|in that state)|"
                  r"(?:too )?drunk to drive|drink driv\w*|over the limit|(?:drive|driving|drove) drunk|(?:had|would had|had had) "
                  r"(?:a few|two|three|four|some|too many|several|a couple of|a|one) (?:\w+ )?(?:drinks?|glass(?:es)?|beers?|pints?)|"
                  r"(?:i was|i had been|i would been) (?:drinking|drunk|tipsy)")
"""Keys taken from someone who would drive after drinking: keeping them safe, not holding them."""
_IN_PLAY = _nowhere(r"hide and seek|escape room|playing|a game")
"""Locked in during a game ("the kids locked me in the shed playing hide and seek")."""
_SHARED = _nowhere(r"to work|for (?:the team|everyone|the office|the trip)|everyone had")
"""Not the household's pills taken somewhere for others ("I took all the paracetamol in the house to work for the
team")."""
_GOING_ON = (r"live|be alive|be here|go on|carry on|keep (?:going|living|hurting)|face|stay (?:alive|here)|hurt|"
             r"be a burden|do this|go through this")
"""Living or going on, alternatives: what "I'd sooner X than Y" never sets against an absurd act as a figure of speech
(FIGURES), and what being gone is preferred to when it is not one."""
_DYED = r"(?! (?:my|your|her|his|the|our|their|it|them|some)\b)"
"""Not "dying my hair": dyeing, as Whisper often spells it."""
_AN_HOUR = (r"(?! (?:at|by|before|for) (?:\d|one|two|three|four|five|six|seven|eight|dawn|sunrise|that hour|this hour|the "
            r"(?:crack of dawn|early|morning flight|school run))\b)")
"""Not being alive at an hour ("I don't want to be alive at six am for your flight"): a groan about an early start."""
_NOT_A_TOY = "".join(rf"(?<!{tool} )" for tool in ("water", "nerf", "toy", "glue", "staple", "nail", "heat", "spray",
                                                     "paint", "massage", "laser", "temperature", "cap", "bubble", "finger"))
"""Before "gun": one that is not a weapon ("the massage gun, I use it on myself every day")."""
_LIKE_THIS = r"(?! like (?:this|that)\b| this way\b| that way\b)"
"""Not wanting to live *like this* ("stuck in this chair, I want the physio to work") is a life's circumstances as
often as a wish to die: asked about ("suicidal thoughts said indirectly"), not stopped on."""

_LIFE = (r"(?:life(?! (?:admin|insurance|coach\w*|drawing|lessons?|story))|living(?! (?:in|with|on|out|off|here|there|together|"
         r"room)\b| like (?!this|that)\w)|being alive|this world)")
"""Life itself, not its admin or a way of living: what "done with" means as a wish to die ("I'm done with life"),
never "done with life admin" or "done with living like students"."""
_FAREWELL_ELSEWHERE = r"team|colleagues|class|office|job|leaving|students|neighbours|school|moved|moving|house|flat"
"""Words of a goodbye to a job, a class or a home, alternatives for a lookahead: goodbye letters to the team or to the old
house are not a farewell to life."""
_HEALTH = (r"back|knee|hip|diet|smok\w*|drink\w*|eating|driving|working|stress|heart|health|ski\w*|bike|climb\w*|ladder|roof|"
           r"gym|run\w*")
"""Words of health and pastimes, alternatives for a lookahead: "you'll end up in hospital" said out of care for a back,
a diet or a ladder, not as a threat."""
_AWAY = (r"fly\w*|flight|trip|travel\w*|away|abroad|working|shift|on call|course|conference|deployed|visiting|staying|"
         r"going to|mum|mom|parents|lease|contract|moving|move|posting|transfer\w*")
"""Words of being away, alternatives for a lookahead: "I won't be here for Christmas" said of a trip, a shift or a visit
to a mother, not of a death foretold."""

GROUPS: dict[str, tuple[str, ...]] = {
    "suicidal thoughts": (
        # the words people use where a platform would hide "kill myself": "honestly I just want to unalive myself"
        r"\bunaliv(?:e|ed|ing) (?:myself|me)\b", r"\b(?:want|wanna|wanted|going|gonna|think\w* about|thought about|plan\w* "
        r"to) (?:to )?unaliv(?:e|ing)\b",
        r"\b(?:i am|i feel like i am|i feel like) (?:a danger|dangerous) to myself\b"
        + _nowhere(r"kitchen|bike|skates|scissors|power tools|hammer|ladder|cook\w*|diy|drill|in heels|on ice|dance floor"),
        r"\bno reason (?:for me )?(?:left )?to (?:live|go on(?! to)|keep living|be alive|keep going(?! to| back))\b(?! with| about|"
        r" arguing| like this with)",
        r"\b(?:can not|could not|do not think i can|am not sure i can) keep (?:myself|me) safe\b(?! (?:from (?!myself)|on|online|at work|in the (?:sun|heat|cold|traffic|water)))",
        r"\bwish (?:i|id) (?:was not|were not|wasnt|werent) (?:alive|here|born|around)\b", r"\bwish i (?:would|could) (?:just )?die\b",
        r"\b(?:want|wanted|going|ready) to end it(?: all)?\s*$",
        r"\bbetter (?:off )?if i (?:just )?(?:died|was dead|were dead|was gone|were gone|was not here|were not here|"
        r"disappeared for good)\b", r"\bfeel like dying\b", r"\bwant out of (?:this )?life\b",
        r"\b(?:pain|hurt|suffering|it all) to (?:end|stop) (?:permanently|forever|for good)\b",
        r"\bwant(?:ed)? to be dead\b", r"\bend (?:my|your own) life\b", r"\bput an end to (?:it all|everything|my life|myself)\b",
        r"\b(?:life|living) (?:is not|is no longer|does not feel) worth (?:living|it)\b", r"\bno reason to (?:live|be alive)\b",
        r"\b(?:thinking|thought|think) (?:about|of) (?:dying" + _DYED + r"|death|not being here|ending it|how to die|not waking "
        r"up)\b",
        r"\b(?:wish|wished|want|wanted) (?:i|to) (?:could )?(?:just )?(?:go to sleep|sleep) (?:forever|and never)\b",
        r"\b(?:done|finished|through) with " + _LIFE + r"\b", r"\bi meant with (?:life|living)\b", r"\b(?:how to|ways to|way to) (?:die|kill myself|end it)\b",
        r"\b(?:painless|quick) (?:way to go|way out|death)\b", r"\blethal dose\b", r"\bsuicide note\b",
        r"\bnot want to (?:wake up|live" + _LIKE_THIS + r"|exist)\b", r"\bwish (?:i|it) (?:could|would) (?:all )?(?:end|stop) (?:forever|for good)\b",
        r"\bi should not (?:be alive|be here|exist)\b", r"\b(?:want|wants|wanted|wanna) (?:it |everything )?(?:all )?to (?:end|stop|be over) (?:forever|for good|permanently)\b",
        r"\b" + _ME_KILL,
        r"\bsuicid(?:e|al)\b",
        r"\bend (?:it|things) all\b" + _WITH_A_FLOURISH,
        r"\bending (?:it|things)(?:,)? (?:like )?(?:,)? ?(?:ending )?my life\b",
        r"\b(?:want|wants|wanted|wanting|went|going|ready|like) to die\b", r"\bwish(?:ed)? (?:i|id) (?:was|were) dead\b",
        r"\bwish (?:i|id) (?:had )?never (?:been born|woke up|wake up)\b",
        r"\bdo not want to (?:be alive|live" + _LIKE_THIS + r"|exist|wake up|be here|go on" + _LIKE_THIS + r")\b" + _AN_HOUR,
        r"\b(?:better|happier) off dead\b", r"\bthoughts? (?:of|about) (?:dying|death|suicide|not being alive)\b",
        r"\bthinking (?:of|about) (?:dying" + _DYED + r"|death)\b", r"\bno (?:longer )?want to (?:live" + _LIKE_THIS + r"|be alive)\b",
        r"\bnot want to be alive\b" + _AN_HOUR,
        # not safe with oneself: "I'm not safe with myself tonight, I need you to take the pills away"
        r"\bnot (?:feel )?safe (?:with|around|on my own with|being alone with) myself\b" + _nowhere(
            r"driving|behind the wheel|snow|ice|ladders?|knives in the kitchen|kitchen|scissors|chocolate|biscuits?|cakes?|"
            r"credit card|shopping|online"),
        # pills taken to make it stop: "I took a bunch of my mom's oxy to make it all stop"
        r"\b(?:took|swallowed|taken|take) (?:a (?:bunch|load|handful|lot|fistful) of|all (?:of )?) (?:\w+ ){0,2}(?:oxy|"
        r"oxycodone|xanax|tylenol|percocet|vicodin|fentanyl|pills|meds|tablets|painkillers|paracetamol)\b.{0,30}\bto make "
        r"(?:it|everything|this|the pain|the noise|the thoughts) (?:all )?(?:stop|go away|end)\b",
        # a height driven off in thought: "I keep thinking about driving off the overpass on the way home"
        r"\b(?:think|thinking|thought) (?:about|of) (?:just )?(?:driving|steering|swerving) (?:my car |the car |the truck )?(?:off|"
        r"into) (?:the|a) (?:overpass|bridge|cliff|road|motorway|freeway|highway|river|lake|quarry|wall|tree|lorry|truck)\b",
        # an overdose not cared about: "I took more than I ever have because I didn't care if I woke up"
        r"\b(?:do not|did not|does not|would not) care (?:if|whether) i (?:woke up|wake up|would wake up|lived|live|died|die|"
        r"survived|survive|made it|came round|came back)\b(?! (?:late|early|in time|on time|at|before|after|tomorrow))",
        # voices that command it: "they keep telling me I should die"
        r"\b(?:the )?voices? (?:are|is|keep|keeps|kept|were|was|have been|has been) (?:telling|tell|told|saying|say) (?:me )?"
        r"(?:to (?:kill myself|die|jump|end it|do it|hurt myself|cut myself)|(?:that )?i (?:should|must|have to|ought to) (?:die|"
        r"kill myself|jump|end it|be dead))\b",
        # eating, or a treatment, given up so that it ends: "I've stopped eating so it ends quicker, don't tell the nurse"
        r"\b(?:stopped|stop|stopping|given up|give up|giving up|quit|refusing|refuse|not) (?:eating|food|drinking water|"
        r"taking (?:my|the) \w+|(?:my |the )?(?:dialysis|insulin|chemo|treatment|medication))\b.{0,20}\bso (?:it|this|"
        r"everything|all this|the end) (?:ends|will end|is over|will be over|comes)(?: (?:quicker|sooner|faster|quickly))?\s*"
        r"(?:[,.;!?]|$)",
    ),
    "suicidal thoughts said indirectly": (
        # a height looked up at night: "I keep researching which bridge is highest on my phone at night"
        r"\b(?:research\w*|look\w* up|googl\w*|search\w* (?:for )?|check\w*) (?:which|what|how (?:high|tall|far down)|the "
        r"(?:highest|tallest)) (?:bridge|building|cliff|car park|multi storey|tower|viaduct)s?\b"
        + _nowhere(r"van|lorry|truck|trailer|caravan|bus|height restriction|clearance|photos?|walk\w*|views?|climb\w*|"
                   r"abseil\w*|bungee|visit\w*|trip|holiday|tour|quiz|homework|project|school|drone"),
        # means put by "in case it comes back that bad": "I hid a stash of my old pills in a shoe box in case the
        # depression comes back"
        r"\b(?:hid|hidden|hide|hiding|kept|keep|keeping|saved|saving|stashed|stashing) (?:a (?:stash|supply|load|box|bottle) of )?"
        r"(?:all )?(?:my |the |some |his |her )?(?:old )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b.{0,40}"
        r"\bin case (?:the depression|it (?:gets|comes)|things (?:get|go)|i (?:need them|decide|want to|can not|get that)|that "
        r"bad|i am that)\b",
        # driving blind: "when I'm manic I drive at a hundred on the motorway with my eyes shut to see what happens"
        r"\bdriv\w*\b.{0,50}\bwith (?:my|his|her) eyes (?:shut|closed)\b",
        # sat with a means in hand: "I drove to the range, sat in the car with the gun in my lap for an hour"
        r"\bsat (?:\w+ ){0,4}with (?:the|a|my|his|her|a loaded|the loaded) (?:gun|pistol|rifle|shotgun|revolver|rope|"
        r"pills|tablets|knife|razor|blade) (?:in my (?:lap|hand|hands|mouth)|on my lap|on my knee|on my knees|against my)\b"
        + _nowhere(r"chemist|pharmacy|prescription|queue|receipt|shop|appointment|instructions|leaflet|kitchen|cooking|"
                   r"chopping|onions?"),
        # others' suicides, and one's own turn: "two by their own hand, and I think I'm next"
        r"\b(?:own hands?|own li(?:fe|ves)|killed (?:himself|herself|themselves)|suicides?|took (?:his|her|their) li(?:fe|ves))\b"
        r".{0,60}\bi (?:think|reckon|feel like|know|guess|worry|am scared|am afraid) (?:that )?i am (?:next|going to be next|the "
        r"next one)\b",
        # an edge gone to and stepped off in thought: "I went down to the harbour last night and thought about just stepping
        # off" (asked: "we went to the pier and I thought about jumping in" is as often a swim)
        r"\b(?:harbou?r|pier|jetty|quay|dock|bridge|cliffs?|edge|ledge|roof|balcony|car park|multi storey|viaduct|overpass)\b"
        r".{0,60}\b(?:thought|thinking|think|tempted|wanted|urge) (?:about |of |to )?(?:just )?(?:stepping|step|jumping|jump|"
        r"going|go|walking|walk|letting myself|let myself) (?:off|over|in|fall|go)\b"
        r"(?!.{0,30}\b(?:swim\w*|paddl\w*|surf\w*|dive|diving|cool off|the boat|a boat|the ferry|a ferry|shopping|a drink|"
        r"ladders?|scaffold\w*|the (?:bus|train|kerb|curb|step))\b)",
        # a last week, things given away: "I gave my cat to my sister, I won't need them after Friday"
        r"\b(?:will not|would not) need (?:them|it|any of (?:it|them)|anything|my \w+)(?: anymore| any more)? (?:after|past|beyond|"
        r"from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this week|the weekend|next "
        r"week)\b(?!.{0,40}\b(?:sunny|warm|weather|forecast|holiday|exams?|deadline|course|class|project|finished|over|done|"
        r"back|return\w*|renew\w*|move|moving|new one|replacement|cast|brace)\b)",
        # drinking to be out of it: "I've been drinking to black out so I don't have to feel anything"
        r"\bdrink\w* (?:myself )?(?:to|until i) (?:black|blacked|pass|passed) out\b.{0,40}\b(?:feel|think|remember|face)\b",
        r"\b(?:want|wanted|going|trying|plan\w*) to drink myself to death\b",
        # medicine or a treatment stopped in secret or as a burden: "I've stopped taking my heart medication and I haven't
        # told anyone why", "I stopped the insulin on purpose, I'm tired of being a burden", "I'm going to stop dialysis
        # and not tell anyone why" (not a side effect the doctor knows of: "on purpose because they made me dizzy")
        r"\b(?:stopped|stop|quit|quitting|stopping|come off|came off|coming off) (?:taking )?(?:(?:my|all my|the|all the|having) )?"
        r"(?:\w+ )?(?:medication|medicine|meds|pills|tablets|insulin|antidepressants|dialysis|chemo|chemotherapy|treatment|"
        r"heart pills|blood thinners)\b.{0,30}\b(?:have not told (?:anyone|anybody|you|the doctor)|not (?:told|tell) (?:anyone|"
        r"anybody)|nobody knows|no one knows|on purpose|do not see the point|what is the point|(?:sick|tired) of being a "
        r"burden)\b" + _nowhere(r"made me|makes me|gave me|side effects?|doctor (?:knows|said|says|agreed|told)|told the doctor|"
                                r"nurse (?:knows|said|says)|switch\w*|new ones?|instead"),
        # "I won't be needing it for long, I've decided", said of a will, of one's things
        r"\bwill not be needing (?:it|them|this|that|those|any of (?:it|this|them)|my \w+) (?:for )?(?:long|much longer|very "
        r"long)\b" + _nowhere(r"new one|replacement|upgrad\w*|sell\w*|sold|moving|move|once|when the|after the|till|until|"
                              r"car|bike|van|course|job|office|flat|desk|tickets?|winter|summer|coat"),
        # not wanting to live like this: "I don't want to live like this, stuck in this chair" (see `_LIKE_THIS`)
        r"\b(?:do|does) not want to (?:live|go on) (?:like (?:this|that)|this way|that way)\b"
        # (not when a change is asked for in the same breath: "with us shouting every night, I want us to get help")
        + _nowhere(r"i want (?:us|you|the(?: \w+)?|things|this|it|him|her|them) to|we (?:need|have|got) to|get (?:some )?help|"
                   r"counsell\w*|therap\w*|has to change|needs to change|have to change|to change"),
        # "kms" (kill myself) said as letters: asked, it is as often a groan ("kms, I forgot my charger")
        r"\b(?:gonna|going to|want to|wanna|about to|i will|i could|i might|make me) kms\b",
        # a pet given away so it is looked after: "I've already given the dog to my sister so he's looked after"
        r"\b(?:given|gave|giving|give) (?:away )?(?:the|my|our) (?:dog|cat|pets?|puppy|kitten|rabbit|horse|budgie) (?:away )?to "
        r"(?:\w+ ){1,3}so (?:he|she|it|they) (?:is|are|will be|gets?|get) (?:looked after|taken care of|cared for|safe)\b",
        # "I'm ready to go and I'd rather go on my own terms"; "I won't be a nuisance to anyone much longer"
        r"\b(?:go|leave|die|end it|end things|bow out) (?:on|in) my own (?:terms|time|way)\b(?!.*\b(?:job|work|company|"
        r"party|club|team|retire\w*|contract|lease|house|meeting)\b)",
        r"\b(?:will not|am not going to|will not have to|would not) be (?:a|your|their) (?:nuisance|burden|bother|problem|worry)"
        r" (?:to (?:anyone|anybody|you|everyone|the kids|the family) )?(?:much|for much|very much) longer\b(?!.*\b(?:builders?|"
        r"finish\w*|moving|move out|staying|stay|visit\w*|guests?|decorat\w*|once|until|till|flat|job|works?)\b)",
        # a height driven to and sat at: "I drove to the overpass on Tuesday and just sat there for like an hour"
        r"\b(?:drove|drive|driving|went|go|walked|walk|walking) (?:up |out |down )?to (?:the|that) (?:overpass|bridge|cliffs?|"
        r"viaduct|railway (?:line|bridge)|train tracks|tracks|quarry|reservoir|top of the car park|multi storey)\b.{0,40}\b(?:sat|"
        r"stood|stayed|waited|parked|sitting|standing) (?:there|on|at|for)\b(?!.*\b(?:photos?|pictures?|view|sunset|fireworks|"
        r"traffic|picnic|lunch|friends|waiting for (?:you|him|her|the))\b)",
        # a reason left to live, named: "The only reason I'm still here is the dog"
        r"\bthe only (?:reason|thing) (?:i am still (?:here|alive|around|going)|(?:that )?keep(?:s|ing)? me (?:here|alive|going))"
        r"\b(?! (?:at|in|with|on|working|living|this|through|until|till|today)\b)(?!.*\b(?:marriage|relationship|left|leave|"
        r"leaving|divorce|job|company|house|town|city|country)\b)",
        # "Don't bother coming to find me this time, I mean it, I've made my choice"
        r"\b(?:do not|dont) (?:bother |try |even try )?(?:(?:to )?com(?:e|ing) (?:to |and )?)?(?:to )?(?:find|look for|search for) me\b"
        r"(?=.*\b(?:this time|made my (?:choice|decision)|made up my mind|made my mind up|for good|i mean it|too late)\b)"
        r"(?!.*\b(?:going to|staying (?:at|with)|at my|mums|moms|sisters|brothers|friends|hotel)\b)",
        # "…it won't matter after tonight because I won't be here"
        r"\b(?:(?:not|never) matter after (?:tonight|today)\b.{0,40}\bi (?:will not|am not going to) be (?:here|around)|after "
        r"(?:tonight|today)\b.{0,40}\bi (?:will not|am not going to) be (?:here|around)|i (?:will not|am not going to)"
        r" be (?:here|around) after (?:tonight|today))\b(?!.*\b(?:moving|staying|going to|leaving for|flight|fly\w*|trip|work|"
        r"mums|moms|mum|mom|sisters?|brothers?|friends?|hotel|shift|away)\b)",
        # trains looked up for no journey: "I've been looking at the train times, not to go anywhere"
        r"\b(?:look\w*|check\w*|read\w*) (?:at |up )?(?:the )?(?:train times|train timetables?|trains|tracks|bridge|cliffs?)\b,? "
        r"(?:but )?not (?:to|so i can|because i want to) (?:go|get|travel|catch)\b(?!.*\b(?:just to|only to|to see when|to "
        r"check when)\b)",
        # one's own funeral wondered about, goodbyes said quietly ("I've started saying goodbye to people in my head")
        r"\b(?:wonder\w*|think\w* about|thought about|imagin\w*|pictur\w*|plan\w*) (?:\w+ ){0,6}my (?:own )?funeral\b",
        r"\b(?:started|been|keep|begun|begin|quietly|secretly|silently) (?:saying|said) (?:my )?goodbyes?\b(?! to (?:the|"
        r"this|that|my (?:old )?(?:house|flat|car|job|desk|office|team|colleagues))\b)",
        r"\bsa(?:y|ying|id) (?:my )?goodbyes? (?:to (?:\w+ ){1,3})?in my head\b",
        r"\b(?:made|make|making) (?:my )?peace with (?:it|that|this|everything|it all)\b(?=.*\b(?:know what i (?:am going to|"
        r"will|have to|need to) do\b(?! (?:about|with|for|next|tomorrow|at|on|in))|made up my mind|(?:have|had) decided|"
        r"it will (?:all )?be over|not be (?:here|around))\b)",
        # not being here said as a matter of time, affairs left in order, food refused for days
        r"\bif i am (?:not|no longer) (?:here|around)\b.{0,30}\b(?:do not be surprised|you will know|it is not your fault|"
        r"(?:look|looking) after|take care of|do not (?:look|come) for me|tell (?:the kids|them|mum|mom))\b",
        r"\b(?:told|showed|shown|tell|show|left)\b.{0,30}\bwhere my (?:will|life insurance|insurance papers|passwords|bank "
        r"details|pin numbers)\b.{0,30}\bjust in case\b",
        r"\b(?:have not|had not|did not|can not) eat(?:en)?\b.{0,30}\b(?:days|a week|weeks|since (?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|last week|the weekend))\b.{0,40}\b(?:do not want to(?: eat)?(?: anymore| any "
        r"more)?\s*,?\s*$|do not care|on purpose|deliberately|not going to (?:eat|start))",
        # a drive not come back from: "I'm going to take the car out and not come back"
        r"\b(?:take|taking|took) the car (?:out|and go|somewhere)\b.{0,15}\b(?:and )?(?:not|never) (?:come|coming) back\b",
        r"\b(?:go|going|went) for a drive\b.{0,15}\b(?:and )?(?:not|never) (?:come|coming) back\b",
        # a crash or a fall pictured again and again: "I keep picturing driving off the road"
        r"\b(?:picturing|imagining|fantasi[sz]ing about|daydreaming about|seeing myself|thinking about) (?:just )?(?:driving|"
        r"swerving|steering|crashing|walking|stepping|jumping|falling) (?:the car )?(?:off|into|in front of|over|under) (?:the|a|an) "
        r"(?:road|bridge|cliff|edge|lorry|truck|train|bus|oncoming \w+|river|motorway|tracks|platform|tree|wall|balcony|"
        r"railings?|sea|water)\b",
        # being gone rather than going on: the acts the figure of speech "I'd sooner X than Y" never weighs (FIGURES)
        r"\bi would (?:rather|sooner) be (?:gone|dead|not here|not around|in the ground)\b.{0,10} than (?:" + _GOING_ON + r")\b",
        # a ninth set's families: affairs put in order, means counted, waking up as a disappointment, the people one
        # loves safer without one, letters to each of them
        r"\b(?:written|wrote|write|writing|left|leaving) (?:down )?(?:all )?my (?:passwords|pin numbers|pins)\b"
        r"(?=.*\b(?:for you|for the kids|in case|so you|for when|after)\b)(?!.*\b(?:" + _AWAY + r")\b)",
        r"\bcount(?:ing|ed|s)? (?:out )?(?:my |the |all the |all my )?(?:pills|tablets|painkillers|sleeping pills)\b"
        r"(?!.*\b(?:took|taken|dose|prescription|pharmac\w*|dosette|organi[sz]er|refill|chemist)\b)",
        r"\b(?:pills|tablets|painkillers)\b.{0,40}\bcount(?:ing|ed)? them\b(?!.*\b(?:took|taken|dose|prescription|pharmac\w*|"
        r"dosette|organi[sz]er|refill|chemist)\b)",
        r"\b(?:angry|disappointed|sad|upset|annoyed|gutted|sorry|furious) (?:that|when) i (?:woke|wake|still wake|keep waking) up"
        r"(?: again| this morning| today| at all)?\s*(?:,|$)",
        r"\bi (?:just )?(?:want|wanted|wish i could|would like) to (?:just )?(?:fade away|stop existing)\b",
        r"\b(?:safer|better off|happier) (?:if i (?:was|were) (?:not|no longer) (?:their|your|his|her|the kids|the childrens) "
        r"(?:mother|mum|mom|father|dad|parent|wife|husband|partner)\b|if i (?:was|were) (?:not|no longer) in (?:their|your) "
        r"lives)",
        r"\b(?:written|wrote|write|left|leaving) (?:a |the )?(?:letters?|notes?|cards?)? ?(?:to|for) (?:each|every one|all) of you\b"
        r"(?! about\b)",
        r"\b(?:will|would|am going to|might) (?:not|never) be (?:here|around) (?:soon|much longer|for long|by (?:morning|tomorrow|tonight|then|the weekend))\b", r"\b(?:not|never) (?:have|need) to (?:put up with|deal with|worry about|look at|see) me (?:for )?(?:much|any) (?:longer|more)\b", r"\b(?:will not|would not|does not|is not going to) matter (?:soon|much longer|for long|anyway|by then)\b.{0,40}\b(?:not|never) be (?:here|around|alive)\b", r"\bi (?:will|would|might) be dead (?:by|before|soon|in a (?:week|month))\b",
        r"\b(?:can not|could not|do not think i can) (?:keep going|go on|carry on)\b(?! like| round| around| in circles| over| back| on about| on and on| with this (?:argument|conversation|fight|row)| "
        r"pretending| doing this job| working (?:like|these|nights|weekends))",
        r"\bpoint (?:of|in) (?:me )?(?:even )?(?:being here|living|being alive|going on|me being|my life)\b",
        r"\bdo not see the point (?:of|in) (?:living|going on|being here|life|anything anymore|waking up|getting up)\b",
        r"\bbetter off (?:with just you|without me|alone without me)\b(?! \w+ing\b)",
        # said of themselves by someone at home: "our teenager keeps saying everyone would be happier without her"
        r"\b(?:keeps saying|keep saying|says|said|told me|told us|wrote|posted) (?:that )?(?:everyone|everybody|we|you|the "
        r"family|we all|you all) (?:would|will) be (?:happier|better off|fine) without (?:her|him|them)\b",
        r"\b(?:a|such a) burden (?:to|on) (?:everyone|you|my family|all of you|everybody|the family)\b",
        # "I'm ready to check out for good" (as tiny.en may leave it, a sentence of its own)
        r"\b(?:ready|want|going|about) to check out (?:for good|permanently|of (?:life|this life|this world))\b"
        + _nowhere(r"hotel|room|rooms|motel|hostel|airbnb|resort|cabin|guest house|shop|library|supermarket|till|cart|basket"),
        # worth more dead: "my family would be better off collecting on me"
        r"\b(?:better off|be fine|be better|be set) (?:collecting|cashing in|claiming) on me\b",
        r"\bjust not (?:existing|exist)\b", r"\babout not existing\b", r"\bno future for me\b",
        r"\b(?:will not|not|never) be (?:a burden|your problem|a problem|in (?:your|the) way|around|here) (?:to \w+ )?(?:for )?(?:much|very) longer\b",
        r"\bsoon i (?:will not|am not going to|will no longer) be\b", r"\bgiv(?:e|ing|en) (?:away )?(?:all )?my (?:things|stuff|belongings)\b",
        r"\bsaid (?:my )?goodbyes?\b(?!.*\b(?:at (?:work|the office|school|the (?:party|airport|station|gate|door|"
        r"funeral))|last day|leaving (?:do|party|drinks)|moving|flight|flew|trip|holiday|new job|retir\w*|to (?:the|my|our) "
        r"(?:old )?(?:house|flat|home|car|office|job|place|neighbourhood|street|garden|school|team|desk)|"
        r"(?:see|seeing) (?:you|them|her|him) (?:soon|next|on|at|tomorrow))\b)", r"\b(?:easier|better) for everyone if i\b",
        r"\bif i (?:just )?(?:was|were) (?:not|no longer) (?:around|here|alive)\b", r"\btaking up space\b",
        r"\b(?:nobody|no one) (?:would|will) (?:even )?(?:miss|notice|care)\b(?:(?: about)? me\b| if i (?:was|were|died|"
        r"disappeared|went|vanished|stopped(?=\s*,?\s*$| (?:existing|breathing|being (?:here|around|alive)|living|waking up))|"
        r"left for good|killed)|\s*$)",
        r"\bif i (?:was|were) (?:gone|dead|not here|not around)\b", r"\b(?:when|after) i am (?:gone|dead)\b(?!.*\b(?:trip|holiday|away|work|course|conference|visit\w*|"
        r"weekend|week)\b)",
        r"\b(?:you|everyone|they|the kids|my family|the family) (?:would|will) be (?:fine|better|happier|okay) without me\b",
        r"\bnot (?:be )?(?:a problem|a burden|in your way) (?:for )?(?:much|very) longer\b", r"\bi am (?:just )?a burden\b",
        r"\bnot meant to be (?:here|alive)\b", r"\blast time you (?:will )?see me\b", r"\bwill not be (?:here|around) (?:to|for|much|when)\b(?!.*\b(?:" + _AWAY + r"|meeting|at (?:my|your|the|work)|in "
        r"(?:leeds|london|town|the office)|picking|collecting|fetching|school|shop\w*|gym|dentist|doctor)\b)",
        r"\b(?:do not|can not) see (?:a|any) (?:way out|future|point|reason to)\b", r"\bgoodbye letters?\b(?!.*\b(?:" + _FAREWELL_ELSEWHERE + r")\b)",
        r"\b(?:can not|could not) (?:do|take|bear) (?:this|it|life) anymore\b(?= .*\b(?:alive|here|live|living|gone|end)\b)",
        r"\b(?:better|happier|easier) (?:off )?without me\b(?! \w+ing\b)",
        r"\bwill not (?:have to )?(?:worry about|deal with|put up with|see) me (?:for )?(?:much|very) longer\b",
        r"\bnot (?:be )?(?:here|around) (?:much|for much|very|for very) (?:longer|long)\b",
        r"\b(?:what is|whats) the point (?:of|in) (?:going on|living|being alive|carrying on|any of it|anything|life)\b",
        r"\bno (?:point|reason|use) (?:in |for me to |to )?(?:living|going on|keep going|keeping going|be here|being here|"
        r"carry on|carrying on|stay|staying|live)\b(?! about| with (?:this|the|that) (?:argument|conversation|fight|discussion|row)"
        r"| (?:to|at|in|on) (?:that|the|this|my|our|a) (?:gym|club|job|class|course|group|team|church|meeting|office|house|flat|"
        r"party|pub|place))",
        r"\btired of (?:being alive|life\b(?! (?:in|with|at|here|on))|(?:living|existing)\b(?! (?:in|with|at|on|like|"
        r"out of|under|next to|near|here|there|together|apart|paycheck|month)))",
        r"\b(?:just in case|in case) i am not (?:here|around)\b", r"\bnot being (?:here|alive|around)\b",
        r"\b(?:go to sleep|fall asleep) and (?:never|not) wake up\b(?! (?:until|till|for (?:a week|days|hours|ages)|before))",
        r"\bi am (?:such )?a burden (?:to|on) (?:everyone|you|my family|all of you)\b",
        r"\bgive away (?:all )?my (?:things|stuff)\b", r"\bsay(?:ing)? goodbye (?:to everyone|for good)\b",
        r"\bno way out\b(?! of (?:this|the) (?:meeting|contract|job|lease))", r"\bcan not go on\b(?! like this with| pretending| doing this job| working (?:like|these|nights|weekends))",
        r"\bworld would be better\b", r"\bdisappear (?:forever|for good|permanently)\b",
        # absence foretold: "I won't be here by Christmas anyway", "I won't need it where I'm going", "when you find me"
        r"\b(?:not|never) be (?:here|around|alive)\b.{0,30}\banyway\b(?!.*\b(?:work|working|shift|trip|away|at (?:my|your|his|"
        r"her|the)|going to)\b)",
        r"\b(?:(?:do|did) not think i will|doubt i will|(?:do|did) not expect to) (?:still )?be (?:here|around|alive) (?:for|by|at|"
        r"to see) (?:christmas|easter|new year|next (?:year|christmas|summer|week|month)|(?:my|your|his|her|the kids|our) "
        r"(?:birthday|birthdays|anniversary|wedding|graduation)|much longer)\b(?!.*\b(?:" + _AWAY + r"|at (?:my|your|his|"
        r"her)|with (?:my|your)|work\w*|shift|trip)\b)",
        r"\b(?:will not|would not|am not going to|may not|might not) (?:even |still )?be (?:here|around|alive) (?:for|by|at|to "
        r"see) (?:christmas|easter|new year|next (?:year|christmas|summer)|the (?:summer|spring|autumn|winter|new year)|(?:my|your|"
        r"his|her|the kids|our) (?:birthday|birthdays|anniversary|"
        r"wedding|graduation))\b(?!.*\b(?:" + _AWAY + r"|at (?:my|your|his|her)|with (?:my|your))\b)",
        r"\bnot (?:need|be needing) (?:it|them|that|this|any of (?:it|this|them)|(?:my|the|those|these|a) \w+) where i am going\b",
        r"\b(?:not|never) (?:have|need) me (?:to \w+(?: \w+)?|around) (?:for )?(?:much|very) longer\b",
        r"\b(?:read|reading|hear|hearing) about me (?:in the (?:paper|papers|news)|on the news)\b(?!.*\b(?:win|won|winning|award|"
        r"prize|famous|contest|competition|promotion|marathon|record|business|book|elected)\b)",
        r"\bwhen (?:you|they|someone|somebody) finds? me\b(?=\s*(?:,|$)| you | they | it | dead| gone| there| hanging(?! (?:around|about|out|up|on|off|over))| not breathing| in the "
        r"(?:morning|garage|bath|woods|river))",
        r"\byou will (?:\w+ )?(?:be sorry|miss me|regret (?:it|this|everything)) (?:when|once|after) i am (?:gone|dead|not here)\b"
        r"(?!.*\b(?:trip|holiday|away|work|cook\w*|clean\w*|course|conference|visit\w*)\b)",
        r"\b(?:world|everyone|everybody|house|family|place|you all) (?:would|will) be (?:\w+ )?(?:lighter|calmer|simpler|"
        r"quieter|relieved|a better place) without me\b(?! (?:for|this|next|while|until|on|at|tonight|tomorrow)\b)",
        r"\bin case (?:something|anything) (?:happens|should happen|were to happen) to me\b(?!.*\b(?:trip|flight|fly\w*|"
        r"travel\w*|abroad|operation|surgery|hospital|climb\w*|hike|hiking|holiday|away|drive|driving|ride|riding|bike)\b)",
        r"\b(?:(?:the|my) will|life insurance|funeral (?:plans|wishes|money))\b.{0,40}\b(?:in the (?:\w+ )?(?:drawer|desk|box|"
        r"safe|folder)|where you can find|you will need)\b",
        r"\b(?:wrote|written|writing|sorted|made|left|worked) (?:down |out )?(?:who gets what|a list of who gets)\b",
        r"\bhoping something (?:bad )?(?:happens|will happen|would happen) to me\b",
        r"\b(?:driv\w+|drove|cycling|cycle|crossing)\b.{0,40}\bon purpose\b.{0,30}\bhop(?:e|ed|ing)\b",
        r"\b(?:train|lorry|bus|traffic|truck|tram)\b.{0,40}\b(?:my (?:feet|legs) (?:started|kept|just)|i (?:started|kept) "
        r"(?:moving|walking|stepping) (?:forward|towards|closer)|stepped (?:forward|closer|towards))\b",
        r"\bwhat is the point,? i (?:will not|would not|am not going to) (?:need|be (?:here|around|using))\b",
        r"\b(?:medicine (?:cabinet|cupboard|box)|pills|tablets|painkillers|sleeping pills)\b.{0,40}\b(?:it is|that is|they are|"
        r"will be|would be) enough\s*(?:,|$)",
        r"\btell (?:\w+ ){1,3}(?:that )?i loved (?:them|her|him|you|everyone|you all)\s*(?:,|$)",
        r"\bbe over soon\b.{0,40}\b(?:stop worrying about me|not have to worry|be free|rid of me)\b",
        r"\byou (?:will|can) (?:finally )?be rid of me\b(?! for\b| until\b| till\b)",
        r"\bwalk(?:ing)? (?:out )?into the (?:sea|ocean|river|lake|water|waves)\b(?!.*\b(?:swim\w*|paddl\w*|surf\w*|holiday|beach|"
        r"summer|sunrise|sunset|cool off|warm)\b)",
        r"\bi (?:am|feel like i am|have become|have been) (?:just |only )?(?:a weight|a drain|a millstone|dead weight)\b(?= (?:on|"
        r"to|around|round|for) (?:everyone|everybody|you|you all|the family|my family|all of you|the kids)|\s*(?:,|$))",
        r"\b(?:kinder|better|easier) (?:for everyone )?(?:to|if i) (?:just )?(?:let go\b(?! of)|disappear\b|was gone\b|were gone\b|"
        r"was not here\b)",
        r"\bmy funeral\b.{0,50}\b(?:cope|fine|better off|relieved|miss me)\b",
        r"\bcope (?:fine |better |perfectly well )?without me\b",
        r"\b(?:would|will) (?:all )?cope (?:fine|better)\s*(?:,|$|if i|when i|after i|once i)",
        r"\btired of (?:fighting|trying|struggling) to (?:stay\s*(?:,|$| alive| here| in this world)|live\b|keep going\s*(?:,|$)|"
        r"be here\b|keep living\b)",
        r"\b(?:do not think i will|will not|might not|may not) make it (?:to|through|past) (?:the end of|christmas|next|my birthday|"
        r"the weekend|tomorrow|the night|tonight)\b.{0,40}\b(?:do not want to|do not care|do not even want to)\s*(?:,|$|anymore|any "
        r"more)",
        r"\b(?:letter|note)s? (?:to|for) (?:\w+ ){1,2}explaining why\s*,?\s*$",
        r"\bbetter off\b.{0,40}\bthan (?:with me\b|me\s*(?:,|$))",
        r"\b(?:do not|never) (?:come )?(?:look|looking|search|searching) for me\b(?! (?:at|in|on|by|near|outside|inside|after|"
        r"before|until|till|when|if|there|here|first)\b)",
        # a way out pictured: sleep without a morning, traffic stepped into, an edge and how easy it would be
        r"\b(?:fall asleep|go to sleep|sleep) and (?:never|not) (?:have to )?(?:face|see|wake up to|deal with) (?:another|the next|"
        r"tomorrow)\b",
        r"\b(?:think|thinking|thought|imagine|imagining|picture|picturing|want|wanted|tempted|urge|could just|might just|"
        r"going) (?:about |of |to )?(?:just )?(?:step|stepping|walk|walking|jump|jumping|throw(?:ing)? myself|driv\w+|steer\w*) "
        r"(?:out )?(?:in front of|under|into) (?:a |the |oncoming )?(?:train|truck|bus|car|lorry|van|tram|traffic|river|sea)\b"
        r"(?!.*\b(?:swim\w*|paddl\w*|surf\w*|holiday|beach|summer|cool off)\b)",
        r"\b(?:cliffs?|bridge|edge|ledge|tracks|platform|roof|balcony|river|motorway)\b.{0,60}\bhow easy it would be\b",
        r"\bwith (?:a|the|my) (?:razor|blade|knife|rope|pills|tablets)\b.{0,30}\b(?:could not decide|deciding|decide whether|"
        r"whether to)\b",
        r"\bprescriptions?\b.{0,50}\b(?:kept|saved|hid|hidden|stored) (?:every (?:box|pill|tablet|one|packet)|all (?:of )?(?:them|"
        r"the (?:pills|tablets|boxes))|them all)\b",
        r"\b(?:drink|drinking|down|swallow)\w* (?:everything|the lot|all of it|the whole bottle)\b.{0,40}\b(?:take|taking|"
        r"swallow\w*)\b.{0,15}\b(?:the lot|them all|all of them|pills|tablets|it all)\b",
        # a height looked into, a future one cannot see oneself in, a death made to look like an accident, peace made
        # with everyone: asked, in any of their words
        r"\b(?:looked|looking|checked|checking|measured|worked out|found out|googled|looked up|look up|check|wondered|wondering)"
        r" (?:at |up )?how (?:high|far|deep) (?:up |down )?(?:the )?(?:drop|fall|balcony|bridge|roof|cliffs?|car park|multi storey|"
        r"ledge)\b" + _nowhere(r"van|lorry|truck|caravan|trailer|bus|car(?! park)|ladder|scaffold\w*|tent|fence|shelves|curtains?|aerial|"
                                r"satellite|paint\w*|railings?|rails?|barrier|baby|toddler|kids?|child\w*|safe\w*|gate|fit|clearance|"
                                r"restriction|project|school|homework|work|survey\w*|builder|insurance"),
        r"\bcan not (?:see|imagine|picture) (?:myself|me) (?:still (?:being )?(?:here|around|alive)|(?:being )?alive) (?:at|by|for|"
        r"next|in|this time|a year)\b" + _nowhere(r"job|company|house|flat|town|city|area|country|office|team|school|street|village|"
                                      r"marriage|relationship|with you|in this"),
        r"\b(?:if|when) i (?:crash|crashed|fall|fell|drive|drove|step|stepped|slip|slipped|went|go|walk|walked)\b.{0,50}\b"
        r"(?:look|looks|looked|seem|seems|seemed) like an accident\b",
        r"\b(?:making|made|make) (?:my )?peace with (?:everyone|everybody|people|the world|it all|the people i love|my family "
        r"and friends)\b",
    ),
    "violent words said in anger": (
        # what one could do to someone: "I could strangle you", "I could honestly kill him for what he said to you"
        r"\b(?:i|we) could (?:honestly |really |actually |just |literally |seriously )?(?:hurt|hit|kill|punch|strangle|slap|smack|"
        r"choke|murder|throttle|stab|shoot|beat) (?:you|him|her|them)\b",
    ),
    "plans or means": (
        # a goodbye scheduled: "I wrote a goodbye post on my private account and scheduled it for Friday"
        r"\bgoodbye (?:post|message|video|email|note|letter|tweet|text)s?\b.{0,60}\b(?:schedul\w*|set (?:it )?to (?:go out|post|"
        r"send)|timed|queued)\b" + _nowhere(_FAREWELL_ELSEWHERE + r"|retire\w*|leaving do|last day"),
        # a gun to one's own head or in one's mouth: "I sit in the garage with my service pistol and think about putting it
        # in my mouth"
        r"\b(?<!he )(?<!she )(?<!they )(?:put|putting|puts|hold|holding|held|press\w*) (?:the|a|my|his|her) (?:gun|pistol|barrel|"
        r"rifle|shotgun|revolver) (?:to|against|in|into|under) my (?:head|mouth|temple|chin)\b",
        r"\b(?:gun|pistol|rifle|shotgun|revolver)\b.{0,60}\b(?<!he )(?<!she )(?<!they )(?:put|putting|hold|holding|held) it (?:to|"
        r"against|in|into|under) my (?:head|mouth|temple|chin)\b",
        # a means kept ready: "I've been keeping a loaded shotgun in the truck in case I decide to do it"
        r"\b(?:gun|pistol|rifle|shotgun|revolver|rope|pills|tablets|knife|blade|razor|hose|hosepipe)\b.{0,60}\bin case i "
        r"(?:decide|need|want|choose|get the nerve|have the nerve) to (?:do it|go through with it|end it|use it|use them)\b",
        # a weapon turned on oneself: "I don't trust myself with the guns, I've had thoughts about using one on myself"
        r"\b" + _NOT_A_TOY + r"(?:guns?|pistol|rifle|shotgun|revolver|knife|blade)\b.{0,60}\b(?:use|using|used|turn|turning) "
        r"(?:it|one|them) on myself\b",
        r"\b(?:use|using|turn|turning) (?:the|a|my|his|her) (?:gun|pistol|rifle|shotgun|revolver|knife) on myself\b",
        # enough put by: "I've been taking extra morphine from work and I've got enough saved now"
        r"\b(?:morphine|pills|tablets|insulin|painkillers|sleeping (?:pills|tablets)|medication|meds|paracetamol)\b.{0,60}\b(?:have "
        r"got|have|got) enough (?:saved|stored|put away|hidden|stockpiled)\b",
        # a plan and a day, said and left there: "I've got a plan, I know which day, I just wanted someone to know"
        r"\bi (?:have got|have|have made|made|have worked out) a plan\b.{0,20}\bi (?:know|have picked|have chosen|have decided|"
        r"picked|chose|decided) (?:which|what) (?:day|date|night|time)\s*(?:[,.!?;]|$|i just|and i)",
        # a dose searched for: "I've been googling how many paracetamol it takes"
        r"\b(?:googl\w*|search\w*|look\w* up|read\w* up on|research\w*) how many (?:\w+ ){0,3}(?:it takes|it would take|would "
        r"kill|to die|is lethal|is too many to wake up)\b",
        # a death shared: "I think about giving your father all his tablets at once and ending it for both of us"
        r"\b(?:end|ending|ended|finish|finishing) (?:it|things|everything) for (?:both of us|the two of us|us both|all of us|"
        r"the (?:both|three|four) of us)\b(?! (?:at|in) (?:the|this) (?:job|company|house|club|band|team|project))",
        r"\bgiv\w* (?:him|her|them|your (?:father|mother|dad|mum|mom)|my (?:father|mother|dad|mum|mom|husband|wife)) all (?:his|"
        r"her|their|of (?:his|her|their)) (?:tablets|pills|medication|medicine|morphine|insulin)(?: at once| in one go| together)\b",
        # a means looked at and thought of: "I've been looking at the bottle of bleach under the sink and thinking about it"
        r"\b(?:looking|looked|staring|stared|holding|held|counting|counted|sitting with|sat with)\b.{0,25}\b(?:bleach|weedkiller|"
        r"antifreeze|rat poison|paracetamol|painkillers|pills|tablets|rope|razor|razor blades?|morphine)\b.{0,50}\b(?:and )?"
        r"(?:i )?(?:keep |kept |have been |been |was |am )?(?:thinking|thought|think) about (?:it|them|drinking it|taking them|"
        r"using (?:it|them))\s*(?:[,.!?;]|$)",
        # pills taken with drink to be gone: "I mixed my tablets with the vodka on purpose last week"
        r"\b(?:mixed|mixing|mix|took|taking|take|washed down|swallowed) (?:my |the |all my |all the |a handful of )?(?:pills|"
        r"tablets|meds|medication|sleeping (?:pills|tablets)|painkillers|antidepressants) (?:with|and) (?:the |a |some )?(?:vodka|"
        r"whisky|whiskey|wine|gin|alcohol|booze|drink|rum|brandy)\b.{0,30}\b(?:on purpose|deliberately|hoping|so i would not "
        r"wake|to not wake|to make it stop)\b",
        # an attempt stopped short, as screening asks of it: "Last week I held the pills in my hand but didn't take them"
        r"\b(?:held|had|holding|counted out|poured out|lined up|got out) (?:the |my |all the |all my |a handful of )?(?:pills|"
        r"tablets|rope|noose)(?: in my hand| out)?\b.{0,30}\bbut (?:did not|could not|stopped|put (?:it|them) (?:back|down|"
        r"away))\b(?!.*\b(?:for (?:the|my) (?:headache|back|cold|flu|period)|vitamins?|washing|tent|garden)\b)",
        r"\b(?:held|had|holding|put|pressed) (?:the |a |my )?(?:knife|blade|razor|gun|scissors) (?:to|against) my (?:wrists?|arm|"
        r"throat|neck|head|chest)\b",
        # "Last night I thought about swallowing everything in the medicine cabinet"
        r"\b(?:swallow|swallowing|swallowed|take|taking|drink|drinking|down|downing) (?:everything|all of it|the lot|whatever "
        r"(?:is|was|there is)) in (?:the|my|our) (?:medicine (?:cabinet|cupboard|box|drawer)|bathroom cabinet|first aid (?:box|"
        r"kit))\b",
        # "I have a plan and a date and I'm not telling you when"
        r"\bi (?:have|have got|have made|made|have set) a (?:plan|date)\b.{0,20}\b(?:and a (?:date|day|time|plan|place)|and the "
        r"means|and i am not telling)\b(?!.*\b(?:wedding|party|trip|holiday|surprise|birthday|anniversary|move|moving|budget|"
        r"diet|interview|meeting|exam|dinner|holiday)\b)",
        # means kept back: "I've been stockpiling my heart pills in the sewing box"; a rope and a beam chosen; a car in a
        # shut garage
        r"\b(?:stockpil|hoard|stash)\w* (?:my |the |all my |all the )?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|"
        r"paracetamol|insulin|antidepressants|sleeping (?:pills|tablets))"
        r"\b(?!.*\b(?:for (?:the )?(?:trip|holiday|winter|travel)|in case (?:the )?(?:pharmacy|chemist|shortage)|shortage|"
        r"strike)\b)",
        r"(?!.*\b(?:swing|hammock|tyre|tire|washing|tent|boat|climb\w*|tree ?house|zip ?line|bird ?feeder|pulley|hoist)\b)"
        r"\b(?:rope|noose|cord|belt|cable)\b.{0,60}\b(?:know|picked|chosen|found|worked out) (?:which|the|a) (?:beam|branch|tree|"
        r"rafter|banister|hook|joist)\b",
        r"\b(?:sitting|sat|sit) (?:in (?:the|my) car )?(?:in the garage )?with the (?:garage )?doors? (?:shut|closed|down)\b"
        r"(?=.*\b(?:car|engine|exhaust|running)\b)",
        # a dose looked up: "I googled how much insulin it would take last night"
        r"\b(?:googled|googling|google|searched|searching|looked up|looking up|look up|read up on|checked) how (?:much|many) "
        r"(?:of )?(?:my |the |those |these )?(?:\w+ )?(?:insulin|pills|tablets|paracetamol|painkillers|sleeping (?:pills|tablets)|"
        r"morphine|antidepressants|meds|medication)\b.{0,20}\b(?:it would|would it|it will|to) (?:take|kill|be enough|be fatal)\b",
        # every pill in the house, sworn: "If you walk out that door I swear I'll take every pill in this house"
        r"\b(?:i will|i am going to|i am gonna|i swear i will|i swear,? i will) (?:take|swallow|down) (?:every|all (?:of )?(?:the|my)"
        r"|the whole (?:bottle|box|packet) of(?: the| my)?) (?:pills?|tablets?|paracetamol|painkillers|sleeping (?:pills|tablets)"
        r")\b(?! (?:with|at|in the morning|on time|before|after|as (?:prescribed|the doctor))\b)",
        r"\bevery (?:pill|tablet) in (?:this|the) (?:house|flat|place)\b",
        # means counted for a purpose: "I've got enough tablets upstairs to make all of this go away"
        r"\benough (?:pills|tablets|paracetamol|painkillers|sleeping (?:pills|tablets)|insulin|morphine)\b.{0,40}\bto (?:make (?:it|"
        r"this|all (?:of )?(?:this|it)|everything|the pain) (?:go away|stop|end)|end (?:it|this|everything|it all)|not wake up|"
        r"do it|finish (?:it|this|myself))\b",
        # a crash meant: "I'm going to drive into a tree on the way home" (not "I'm so angry I could drive into the river")
        r"\b(?:i will|i am going to|i am gonna|i want to|i keep thinking (?:of|about)|i think about|i have thought "
        r"about|thinking (?:of|about)) (?:just )?(?:drive|driving|crash|crashing|steer|steering|swerve|swerving|plough|ploughing)"
        r" (?:the car |my car |it )?(?:into|off|in front of) (?:a|the|that|some|an) (?:tree|wall|lorry|truck|bridge|river|cliff|"
        r"oncoming|barrier|pillar|bus|train|quarry|embankment|lamp ?post|reservoir|canal)\b",
        r"\b(?:took|taken|swallowed|have taken|just took) (?:about |like |over |nearly |maybe |at least )?(?:[89]|\d{2,}|ten|"
        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a box of|two boxes of|(?:a|the) (?:whole )?(?:packet|bottle|"
        r"box|strip) of) (?:of )?(?:my |the |his |her )?(?:pills|tablets|paracetamol|ibuprofen|aspirin|painkillers|sleeping "
        r"pills|antidepressants|meds|co-codamol|codeine|tramadol)\b(?! (?:to|into) (?:work|the office|school|the (?:first aid|"
        r"cupboard)))",
        r"\b(?:thinking|thought|thoughts|think|keep thinking|imagine|imagining|tempted|want|wanted|urge) (?:about |of |to )?(?:driving|"
        r"drive|crashing|crash|steering|steer) (?:the car |my car )?(?:into|off) (?:a|the) (?:tree|wall|bridge|river|lorry|truck|"
        r"oncoming traffic|traffic|cliff|barrier|canal|sea)\b",
        r"\b(?:rope|pills|tablets|gun|knife|noose|blades?)\b.{0,60}\b(?:thought|thinking|think) (?:about|of) using (?:it|them)\b"
        r"(?! (?:for|to) (?:tie|tying|the (?:washing|swing|hammock|tent|boat|garden|shed)|hang (?:the|a) (?:washing|swing|"
        r"hammock)))",
        r"\bstood on (?:the|a|that) (?:bridge|edge|ledge|platform|roof|cliff)\b.{0,60}\b(?:jump|end it|do it|go over)\b",
        # doing oneself in, wanted or thought of (said bare, it is as often an injury: "I nearly did myself in lifting")
        r"\b(?:think\w*|thought|want\w*|going|gonna|plan\w*|tempted|urge) (?:about |of |to )?(?:do|doing) myself in\b",
        r"\b(?:deciding|decide|thinking about|thought about|wondering) whether to (?:jump|end it|do it|go through with it)\b",
        r"\b(?:know|chosen|chose|decided|picked|planned|figured out) (?:exactly )?(?:where|how|when) i (?:would|will|am going to|could) do it\b",
        r"\b(?:bridge|tracks|roof|cliff|ledge|railway|train)\b.*\bthinking about\b",
        r"\b(?:bought|got|getting|buying) (?:a|myself a) (?:gun|pistol|rifle)\b(?!.*\b(?:clay|shooting (?:club|range|season)|"
        r"hunting|deer|pheasants?|licen[cs]e|cabinet|gun club|airsoft|paintball|nerf|water|toy|cap gun|glue gun|nail gun)\b)", r"\bnoose\b",
        r"(?:\bgarage\b.*\b(?:car|engine) running\b|\b(?:car|engine) running\b.*\bgarage\b)"
        r"(?!.*\bto (?:warm|defrost|charge|test|check|fix|listen|hear)\b)",
        r"\bknow (?:exactly )?how i (?:would|will|am going to|could) do it\b",
        r"\b(?:took|taken|swallowed|take) (?:a bunch|a lot|a handful|too many|all|some) (?:of )?(?:my |the )?(?:sleeping )?pills\b",
        r"\bhop(?:ed|ing) i (?:would not|will not|would never|never) wake up\b",
        r"\b(?:crash|crashing|crashed|drive|driving|drove|steer|steering) (?:the|my) car (?:on purpose|into|off)\b",
        r"\b(?:stockpil|hoard|sav|collect)\w* (?:up )?(?:my |all my |the )?(?:sleeping )?(?:pills|meds|medication|tablets)\b"
        + _FOR_A_TRIP,
        r"\b(?:looked|looking|searched|searching|googled|googling|read|reading) (?:up )?(?:about )?(?:how to|ways to|how many)\b"
        r"(?= .*\b(?:die|pills|overdose|hang|kill myself|end it)\b)",
        r"\b(?:looked|looking|searched|searching|googled|googling) (?:up )?how long it takes (?:to|for you to) (?:drown|die|bleed "
        r"out|suffocate|pass out|freeze to death)\b",
        # all of what: pills, not "take all the time you need" (a prompt of the program's own, heard back)
        r"\b(?:swallow|swallowed|take|took|drink|drank) (?:a whole bottle|the whole bottle|all of them|all (?:of )?"
        r"(?:my|the|those) (?:\w+ )?(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|"
        r"antidepressants|bottle))\b(?! (?:with (?:breakfast|food|meals?|dinner|lunch|water|my tea)|at (?:breakfast|bedtime|the "
        r"same time)|in the (?:morning|evening)|on time|as (?:prescribed|directed|the doctor said)|every (?:day|morning|night))"
        r"\b)" + _SHARED,
        r"(?<!pen )(?<!stanley )\b(?:gun|rope|pills|blade|razor|knife) (?:is |are )?(?:ready|hidden|in my (?:drawer|car|bag|"
        r"closet))\b(?!.*\b(?:for (?:work|the gym|parcels|opening|crafts?|camping|fishing|shaving)|opening|gym)\b)",
        r"\b(?:bridge|cliff|roof|tracks|train)\b(?= .*\b(?:jump\w*|end it|stood|standing|drive off|throw myself)\b)",
        r"\bthrow myself (?:off|in front|under)\b", r"\bin front of (?:a|the) (?:train|truck|bus|car)\b(?= .*\b(?:step|jump|walk|throw)\b)",
        r"\b(?:written|wrote|write|writing) (?:a |my )?(?:will|note|letters?) (?:just )?in case\b",
        r"\b(?:have|got|made) (?:a |the )?plan (?:to (?:kill|end|die|do it|hurt|take my|not be)|for how (?:to|i) (?:die|do it|"
        r"end it|kill))\b",
        r"\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |all my |the )?(?:pills|meds|medication|tablets)\b"
        + _FOR_A_TRIP,
        r"\b(?:bought|got|buy|have|found|hid|hidden|keep) (?:a |the |some )?noose\b",
        r"\b(?:drive|driving|drove|crash|crashing) (?:my |the )?car (?:off|into)\b",
        r"\b(?:going to|want to|wanted to|will|thinking (?:about|of)|thought (?:about|of)|think about|could just|should|"
        r"might|tempted to|urge to|almost) jump(?:ing)? (?:off|from|in front of)\b(?! (?:the |a )?(?:diving board|high board|top "
        r"board|springboard|trampoline|sofa|bed|swing|climbing frame|top step|bottom step|stage)\b)",
        r"\bjump(?:ing)? in front of (?:a |the )?(?:train|bus|car|lorry|truck)\b",
        r"\bi (?:have )?picked (?:a|the) (?:date|day)\b(?! for (?!it\b))", r"\b(?:have|got) a plan,? i (?:just )?(?:have not|did not|haven)",
        r"\bplan (?:to|for) (?:kill|end|do it)\b", r"\b(?:tried|try|trying|attempted|attempt) (?:to )?(?:overdose|kill myself|end it|suicide)\b",
        r"\boverdos(?:e|ed|ing)\b(?! (?:of|on) (?:sun|sunshine|sugar|chocolate|caffeine|coffee|netflix|tv|telly|christmas|"
        r"cheese|carbs|fresh air|football|reality tv|nostalgia|sarcasm|cuteness|work|emails))", r"\bhang(?:ing)? myself\b", r"\bslit(?:ting)? my wrists?\b",
        r"\btake (?:all|the whole|a whole) (?:of )?(?:my |the |those )?(?:pills|bottle)\b",
        r"\bhow many (?:of )?(?:my |those |these )?(?:sleeping )?(?:pills|tablets|painkillers|paracetamol)\b"
        r"(?:\s+\w+){0,3}\s+(?:it would|would it|it will|will it|it takes|does it) take\b", r"\b(?:a |my )?gun (?:to|against) my head\b",
        r"\bwrote (?:a |my )?(?:note|letters?|goodbye)\b(?= .*\b(?:in case|goodbye|not here|when i am gone|after i am gone|"
        r"when i am not around|after i am not around))",
        r"\b(?:pills|tablets) (?:all )?(?:lined up|counted out|laid out)\b",
    ),
    "self-harm": (
        # "I relapsed on the cutting last week"
        r"\b(?:relapsed|relapse|relapsing|slipped|slipped back) (?:on|with|into) (?:the |my )?(?:cutting|self ?harm\w*|burning "
        r"myself|hurting myself|scratching)\b",
        r"\b(?:burned|burnt|cut|hit|scratched|bruised|scalded|hurt|punched|bit|bashed|banged) my (?:hands?|arms?|wrists?|legs?|"
        r"thighs?|skin|face|stomach|fingers?|head)\b(?: \w+){0,4} (?:on purpose|deliberately|to feel (?:something|anything|better|"
        r"it)|to punish myself|so (?:that )?i (?:would|could) feel)\b",
        r"\b(?:swallowed|took|taken|downed|necked) (?:a (?:load|handful|bunch|lot|pile|fistful) of|all (?:of )?(?:my|your|the)|a whole (?:packet|box|bottle|strip) of|loads of)\b.{0,25}\b(?:pills|painkillers|tablets|paracetamol|sleeping pills|meds|medication|antidepressants)\b" + _SHARED,
        r"\bcarv(?:e|ed|ing) (?:into )?my (?:skin|arms?|legs?|wrists?)\b",
        r"\b(?:started|start|starting|been|am|was) (?:cutting|burning|hurting myself|self harming|harming myself) again\b",
        r"\bcutting again\b", r"\b(?:been|keep|kept|started|start) (?:cutting|burning) myself\b", r"\bfresh (?:scars|cuts|wounds)\b",
        r"\b(?:burn|burning|burned|burnt|cut|cutting) myself with (?:a |the )?(?:cigarettes?|lighters?|razors?|blades?|knife|knives|glass|scissors|matches)\b",
        r"\b(?:cut|cutting|burn|burning|scratch|scratching) (?:on )?my (?:arms?|legs?|wrists?|skin|thighs?|stomach)\b" + _ACCIDENT,
        r"\bhurt(?:ing)? myself on purpose\b", r"\b(?:left|leave|leaving|turned|turn|turning|put|switched) (?:the )?gas "
        r"on\b.{0,30}\b(?:on purpose|deliberately|meant to|wanted to)\b", r"\b(?:bang|banging|hit|hitting) my head (?:against|on) (?:the )?(?:wall|floor)\b",
        r"\bself ?injur", r"\b(?:razor|blade)s?\b(?= .*\b(?:myself|my (?:arm|leg|wrist|skin))\b)",
        r"\bscars? (?:on|from)\b(?= .*\b(?:cut|cutting|myself)\b)", r"\bnot eating (?:to|because i) (?:punish|deserve)\b",
        _HARM_SELF + r"(?! (?:on|at|while|chopping|cooking|shaving|playing|in the|by accident|accidentally|lifting|running|"
        r"with the (?:oven|iron|pan|stove|kettle|knife while)|off|out|short|a (?:slice|piece|break)|some|up (?:over|about)|"
        r"all day (?:because|before|for|so)|before (?:the|a|dinner|lunch)|for (?:the|a|dinner|lunch)))",
        r"\bself ?harm", r"\buntil i bleed\b", r"\bmake myself (?:bleed|throw up|sick)\b",
        r"\b(?:scratch|scratched|scratching|pick|picked|picking|claw|clawed|clawing|dig|dug|digging) (?:at |into )?my (?:skin|arms?|"
        r"legs?|wrists?|face|thighs?)\b.{0,20}\buntil (?:it|they|i) (?:bled|bleed|bleeds|was bleeding|were bleeding)\b",
        r"\b(?:relapsed|again)\b.*\bcut\b|\bcut again\b", r"\bwent to the bathroom and cut\b",
        r"\bi (?:cut|burn|burned|burnt) (?:my|myself) (?:arms?|legs?|wrists?|thighs?)\b" + _ACCIDENT,
    ),
    "threats": (
        # a threat in the family's name, or said to be meant: "My brothers said if I marry him they'll kill me to save the
        # family's honour, and they mean it" (not "Mum said if I'm late again she'll kill me")
        r"\b(?:said|says|told me|threatened|swore)\b.{0,40}\b(?:he|she|they) (?:will|would|is going to|are going to|was going "
        r"to|were going to) (?:kill|shoot|stab|hurt|beat|burn) (?:me|us|you|her|him|the kids)\b(?=.*\b(?:honou?r|shame\w*|"
        r"dishonou?r\w*|done it before|did it before)\b)",
        r"\b(?:shame|shames|shamed|dishonou?r\w*) (?:the|our|his|her|my|their) family\b.{0,30}\b(?:end up|ends up|ended up|wind "
        r"up|winds up|found|turn up) (?:in the (?:river|canal|sea|ground)|dead|in a ditch|buried)\b",
        r"\b(?:my )?(?:dad|father|brother|brothers|uncle|family)\b.{0,20}\bwill (?:actually|really|genuinely) kill me\b.{0,40}"
        r"\b(?:done it before|did it (?:to|before)|honou?r|shame)\b",
        # voices that command harm to someone: "the voices are telling me to hurt you and they're getting louder"
        r"\b(?:the )?voices? (?:are|is|keep|keeps|kept|were|was|have been|has been) (?:telling|tell|told|saying|say) (?:me )?"
        r"(?:to (?:hurt|kill|harm|stab|attack|get rid of|drown|smother) (?:you|him|her|them|the baby|the kids|my|our|your)|(?:that "
        r")?i (?:should|must|have to|ought to) (?:hurt|kill|harm|stab) (?:you|him|her|them|the baby|the kids))\b",
        # a gun pointed at someone: "last night I pointed it at the door when you came in" (not a water pistol, not a target)
        r"\b" + _NOT_A_TOY + r"(?:gun|pistol|rifle|shotgun|revolver|crossbow)\b.{0,80}\bpoint(?:ed|s|ing)? it at (?:me|you|us|him|"
        r"her|them|the kids|the children|the baby|the door when|my|your|his|her)\b",
        r"\bpoint(?:ed|s|ing)? (?:the|a|his|her|my|a loaded|the loaded) (?:gun|pistol|rifle|shotgun|revolver|crossbow) at (?:me|"
        r"you|us|him|her|them|the kids|the children|the baby|my|your|his|her|our)\b",
        # a death to be dressed up: "If she tries to take the kids I know how to make it look like an accident"
        r"\b(?:if (?:you|she|he|they)\b.{0,60}\b(?:i|he|she)|(?:said|says|told me|threatened|swore) (?:that )?(?:he|she)) (?:will|"
        r"would|could|can|know how to|knows how to|knew how to|will just) (?:make|made) (?:it|your death|her death|his death|it "
        r"all) look like (?:an accident|a suicide|suicide|(?:you|she|he|i) fell|(?:you|she|he) did it (?:yourself|herself|"
        r"himself))\b",
        # "He said the next woman who leaves him won't leave alive"
        r"\b(?:leaves|leave|leaving|tries to leave|try to leave|walks out on)\b.{0,40}\b(?:will not|would not|is not going to|are not "
        r"going to) (?:leave|get out|walk out|make it out)(?: of (?:here|this house|this flat|this marriage))? alive\b",
        # "He said I'm not leaving this house alive if I try to take the kids to Texas"
        r"\b(?:said|says|told me|swore|threatened)\b.{0,20}\b(?:not|never) (?:leaving|going to leave|getting out of|walking out "
        r"of) (?:this|the|that) (?:house|place|flat|apartment|room|marriage|car) alive\b",
        # a bullet promised: "he'll come to my job and put a bullet in me"
        r"\b(?:put|putting|puts) (?:a|one|two) (?:bullet|bullets|round|slug) (?:in|through) (?:me|you|her|him|them|your (?:head|"
        r"skull|face)|my (?:head|skull|face))\b(?! (?:and|to) (?:save|spare|end my suffering))" + _nowhere(r"rather|sooner|than"),
        # a weapon waved or kept for someone: "He keeps a Glock in the glovebox and waves it at me", "a knife under her pillow
        # and said it's for me if I ever cheat"
        r"\b" + _NOT_A_TOY + r"(?:gun|glock|pistol|revolver|rifle|shotgun|knife|machete|bat)\b.{0,60}\b(?:waves|waved|waving|"
        r"brandish\w*|flashes|flashed) it (?:at|in front of|in) (?:me|us|the kids|her|him|my face)\b",
        r"\b(?:gun|glock|pistol|revolver|rifle|shotgun|knife|machete|hammer)\b(?! (?:block|set|sharpener|drawer|rack))"
        r".{0,60}\b(?:said|says|told me|tells me) (?:that )?(?:it is|its) for (?:me|you|him|her)\b(?! to\b)",
        # a weapon brought to where someone fled: "he showed up at the motel with a bat"
        r"\b(?:showed|shows|turned|turns) up (?:at|outside) (?:the|my|our|her|his|a) (?:\w+ ){0,2}with (?:a|his|her|the) (?:bat|"
        r"baseball bat|knife|gun|hammer|machete|crowbar|glock|pistol|rifle|shotgun)\b"
        + _nowhere(r"softball|baseball|cricket|rounders|game|practice|training|match|glove|team|party trick|costume"),
        # a child's silence bought with a threat: "if she tells anybody what he does at night he'll hurt her mama"
        r"\bif (?:she|he|you|i|they) (?:tells?|says?|talks?|tell|say)\b.{0,50}\b(?:he|she|they) (?:will|would|is going to|was "
        r"going to) (?:hurt|kill|hit|beat|take) (?:her|his|your|my|their) (?:mama|mum|mom|mother|mommy|mummy|dad|daddy|father|"
        r"brother|sister|dog|puppy)\b",
        # a gun turned on someone: "He sleeps with his gun under the pillow and points it at me when he has nightmares"
        r"\b(?:gun|rifle|pistol|shotgun|revolver)\b.{0,60}\bpoint(?:s|ed|ing)? it (?:at|to) (?:me|us|the kids|my head|her|him)\b",
        r"\b(?:said|says|told me|threatened|swore) (?:that )?(?:he|she|they) (?:would|will|is going to|was going to|could) use (?:the "
        r"gun|the knife|a knife|a gun|the rifle|the shotgun) on (?:me|us|the kids|the children)\b",
        r"\b(?:gun|knife|rifle|shotgun|pistol|blade|machete|gun cabinet)\b.{0,60}\b(?:said|says|told me|threatened|swore) (?:that )?"
        r"(?:he|she|they) (?:would|will|is going to|was going to|could) use (?:it|that|them) on (?:me|us|the kids|the children)\b",
        # what the truth said in the session will cost: "He said if I tell you the truth in here he'll make me pay for it"
        r"\bif i (?:tell|told|say|said)\b.{0,50}\b(?:he|she|they) (?:will |would |is going to |was going to )?make me pay\b",
        # a refuge named: "He told me that if I go to a refuge he'll find me, he knows people"
        r"\b(?:refuge|shelter|safe house)\b.{0,40}\b(?:he|she|they) (?:will|would|is going to|was going to) (?:find|track "
        r"down|hunt down|come for) me\b(?! (?:a|an|some|somewhere|work|a shift|shifts|a place|a room|a bed)\b)",
        # a body's use threatened: "He told me if I play games with my friends again he'll snap my fingers"
        r"\b(?:he|she|they)(?: will| would| is going to| was going to| said he would| said she would)? (?:snap|break|crush|"
        r"smash|cut off) (?:my|both my|all my) (?:fingers|hands?|arms?|legs?|wrists?|jaw|nose|ribs|knees?|kneecaps)\b"
        r"(?!.{0,30}\b(?:arm wrestl\w*|wrestl\w*|tickl\w*|rugby|football|karate|judo|training|by accident)\b)",
        # a blow that missed on purpose: "He punched a hole in the wall right next to my head to show me he could"
        r"\b(?:punched|punches|kicked|smashed) (?:a hole in |through )?(?:the|a) (?:wall|door|window|cupboard)\b.{0,30}\b(?:next "
        r"to|beside|by|near|inches from|right by|behind) (?:my|her|his|the baby s|the babys) (?:head|face)\b",
        r"\b(?:he|she|they) (?:said|says|told me|swore|threatened)\b.{0,25}\b(?:put|see) me in the ground\b",
        r"\b(?:gun|knife|rifle|shotgun|pistol|machete)\b.{0,50}\b(?:mentions|mentioned|brings up|brought up|talks about|"
        r"reminds me (?:of|about)) it (?:every time|whenever|when) (?:we|i)\b(?!.*\b(?:cook\w*|chef|kitchen|recipe|sharpen\w*|"
        r"hunting|range|collection)\b)",
        # a threat said to have been meant: "I told him I'd cut his throat while he slept and I meant it" (a heated "and I mean
        # it" is emphasis: asked about by meaning, if at all)
        r"\b(?:kill|stab|strangle|cut (?:his|her|your|their) throats?|slit (?:his|her|your|their) throats?|shoot|smother) ?(?:you|"
        r"him|her|them)?\b.{0,40}\b(?:and|but) i meant it\b",
        # "She said next time she'll make sure I don't get up again" (the children kept from someone is asked about)
        r"\bmake sure (?:i|you|she|he|we) (?:do not|does not|will not|would not|never|can not) (?:get up|wake up|walk|come home|"
        r"see (?:the|another) (?:morning|daylight|birthday))(?: ever)? again\b(?! (?:without|until|till|"
        r"unless|before|after|late|empty|like that|looking))",
        # as screening asks: "He threatens me with harm"
        r"\b(?:threatens|threatened|threatening|threaten) (?:me|us|the kids|the children|my (?:son|daughter|family)) with "
        r"(?:harm|violence|a (?:knife|gun|weapon|beating|hammer|bat))\b",
        # "he'd kill us both before he lets me go"
        r"\b(?:kill|hurt) (?:us|me|you|them|her|him)(?: both| all)? before (?:he|she|i) (?:lets?|would let|will let) (?:me|you|"
        r"her|him|us) (?:go|leave)\b(?! (?:to|out|on|for|with)\b)",
        # "she told me she'd rather see me dead than with anyone else"
        r"\b(?:rather|sooner) see (?:me|you|us|him|her) dead than\b",
        # a pet's harm held over someone: "he said he'd drown the cat if I didn't come home"
        r"\b(?:will|would|going to|gonna|threatened to|threatens to) (?:drown|kill|hurt|poison|strangle|put down|get rid of) "
        r"(?:the|my|our|your) (?:cat|dog|puppy|kitten|pets?|horse|rabbit|hamster)\b(?=.*\bif (?:i|you)\b)",
        # a murder-suicide foretold: "He says if I put him in a home he'll take me with him"
        r"\b(?:if i\b.{0,50}|(?:says|said|swears|swore|told me|keeps saying) )(?:he|she) (?:will|would|is going to|is gonna) "
        r"take (?:me|us|the kids|the children) with (?:him|her)\b(?! (?:to|on|for|when|next|this|fishing|shopping)\b)",
        # "she said she'd poison my tea if I ever left her"
        r"\b(?:will|would|going to|gonna|threatened to|threatens to) poison (?:my|your|his|her|the kids|our|the) (?:\w+ )?(?:tea|"
        r"coffee|food|drink|dinner|meals?|wine|water|drinks)\b",
        # a weapon shown in a quarrel: "He keeps his hunting rifle loaded in the closet and taps it when we fight"; "she
        # keeps a baseball bat by the door for me, not for burglars"
        r"\b(?:gun|rifle|shotgun|pistol|knife|bat|baseball bat|hammer|crowbar|machete|axe)\b.{0,50}\b(?:taps|tapped|pats|"
        r"patted|touches|touched|strokes|stroked|cleans|cleaned|points at|pointed at|shows me|showed me|gets out|got out|picks up|"
        r"picked up) (?:it|them) (?:when|whenever|every time|if) (?:we|i|you) (?:fight|argue|row|disagree|talk back|answer back)\b",
        r"\b(?:gun|rifle|shotgun|pistol|knife|bat|baseball bat|hammer|crowbar|machete|axe)\b.{0,40}\bfor me,? (?:and )?not "
        r"(?:for )?(?:burglars|intruders|robbers|protection|the house|self defen[cs]e)\b",
        # "If you take my son I will end you", "I'll end you if you go near my kids"
        r"\bif you (?:ever )?(?:take|touch|hurt|go near|lay a (?:finger|hand) on) (?:my|our|the) (?:son|daughter|kids?|children|"
        r"baby|boy|girl|wife|husband|mum|mom|mother|family)\b.{0,30}\bi (?:will|am going to|am gonna|swear i will) (?:end|"
        r"finish|destroy) you\b",
        r"\bi (?:will|am going to|am gonna|swear i will) (?:end|finish|destroy) you if you (?:ever )?(?:take|touch|hurt|go near|"
        r"lay a (?:finger|hand) on) (?:my|our|the) (?:son|daughter|kids?|children|baby|boy|girl|wife|husband|family)\b",
        # "he said he'd put me in the hospital if I embarrass him again"
        r"\b(?:he|she|they|i|he said he|she said she|they said they) (?:will|would|is going to|am going to|is gonna|am gonna|"
        r"threatened to|threatens to) (?:put|send) (?:me|you|her|him|us) (?:in|into|to) (?:the )?(?:hospital|a and e|er|emergency"
        r" room|icu|intensive care|a wheelchair)\b",
        # a body's use taken away: "He said next time I talk back he'll make sure I can't talk at all"
        r"\bmake sure (?:i|you|we|she|he) (?:can not|will never|can never|will not be able to|could not|would never|never) "
        r"(?:talk|walk|see|speak|breathe|eat|stand|smile|use (?:my|your|her|his) hands)(?: again| at all| properly| straight)\b",
        # a harm done before one's eyes and "you're next": "he kicked our dog until it couldn't walk and said I'm next"
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|mum|mom|mother)) (?:said|says|"
        r"told me|warned me|warns me|tells me|keeps saying)(?: that)? (?:i am|i will be|i would be|you are|you will be|we are|"
        r"we will be) next\b(?! (?:in|to|for|on|at|week|year|month|time|door|up|one|weekend|turn)\b)"
        r"(?!.*\b(?:in (?:line|the queue)|turn|to (?:go|choose|pick|speak|present|try|get))\b)",
        r"\b(?:kicked|kicks|hit|hits|beat|beats|hurt|hurts|strangled|killed|kills|drowned|shot|stabbed|choked|threw|throws) "
        r"(?:\w+ ){0,2}(?:dog|cat|puppy|kitten|pet|rabbit|bird|horse)\b.{0,60}\b(?:said|says|told me|warned me)(?: that)? "
        r"(?:i am|i will be|you are|you will be|we are|we will be) next\b",
        r"\bif i (?:ever )?(?:leave|left|go|went|run|ran|try to leave|tell anyone|told anyone)(?: (?:him|her|them|you|home|the "
        r"house|this house|with the kids))?,? (?:he|she|they) (?:will|would|is going to|are going to) (?:find (?:me|us) and )?"
        r"(?:kill|hurt) (?:me|us|the kids|the children)\b",
        r"\b(?:if (?:he|she|i) can not have (?:me|you|her|him)|(?:nobody|no one) (?:else )?(?:will|can|is going to|could) (?:ever )?"
        r"have (?:me|you|her|him) if (?:he|she|i) can not)\b",
        r"\b(?:gun|knife|rifle|shotgun|pistol|blade|machete|hammer|bat|axe)\b.{0,40}\buse it on (?:me|you|her|him|us|the kids|"
        r"the children)\b",
        r"\b(?:thought|thinking|think|dream|dreamt|dreamed|fantasi[sz]e|fantasi[sz]ed|fantasi[sz]ing|imagine|imagined|imagining) "
        r"about (?:killing|hurting|stabbing|poisoning|strangling|smothering|shooting) (?:him|her|them|my (?:husband|wife|partner|"
        r"boyfriend|girlfriend|ex|son|daughter|kids|children|baby|dad|father|mum|mother))\b(?! (?:for|when|over|every time|if "
        r"(?:he|she) (?:snores|leaves|forgets|eats|says)))(?!.*\b(?:feelings|with (?:what|my|those|that|the)|by (?:saying|leaving|"
        r"not|telling))\b)",
        r"\b(?:thought|thinking|think|dream\w*|fantasi[sz]\w*|imagin\w*|pictur\w*) (?:about )?(?:putting|holding|pressing) (?:a |the )?"
        r"(?:pillow|cushion|bag|plastic bag) over (?:his|her|their|your) (?:face|head|mouth)\b",
        r"\bi will (?:torch|burn down|set fire to|firebomb|petrol bomb) (?:your|her|his|their|the|this|our|my) (?:\w+ )?(?:house|"
        r"flat|home|place|car)\b",
        r"\b(?:knock|smash|kick|punch|bash|cave) (?:your|his|her) (?:teeth|head|face|skull|brains) (?:in|down|out|off)\b",
        r"\b(?:my|his|her) hands? (?:a)?round (?:your|her|his) (?:neck|throat)\b" + _TENDER,
        r"\b(?:swear|promise|make sure)\b.{0,12}\byou will not live (?:to see|long enough|past|through)\b",
        r"\b(?:put|throw|smash|knock|push|shove) you (?:through|into|out of) (?:that|the|a|this) (?:wall|window|door|floor|windscreen|table)\b", r"\b(?:i will|i am going to|i swear i will|i could) (?:put|send|land) you in (?:a e|hospital|the hospital|the er|an ambulance|a "
        r"wheelchair|intensive care)\b",
        r"\bi (?:want to|wanna|feel like) (?:hit|kill|punch|strangle|slap|smack|choke) you\b",
        # not the hurt one has been given, wished back ("I want to hurt you the way you hurt me")
        r"\bi (?:want to|wanna|feel like) hurt you\b(?! (?:the way|like|as much as|as badly as|as bad as|how) you (?:have )?"
        r"hurt me)",
        r"\bthreaten\w* (?:me|us|her|him|the kids) with (?:a|his|her|the) (?:knife|gun|weapon|bat|hammer)\b",
        r"\b(?:he|she|they) (?:said|says|told me|threatened|swore|told (?:the kids|the children|my mum|my mother|my sister|"
        r"everyone|them|us)) (?:that )?(?:he|she|they) (?:would|will|is going to|was going to|could) (?:kill|stab|shoot|hurt|"
        r"strangle|choke|beat) (?:me|us|you|the kids|us both|both of us|the children|them|them all|all of us)\b" + _OUTPLAYED,
        # harm to the body of the one spoken to, said as what the speaker will do: "I'll break every finger you've got",
        # "I'm going to snap your wrist", "I'll put your head through the window"
        r"\b" + _I_WILL + r" " + _BARELY + r"(?:break|snap|smash|crack|shatter|bash|slit|stab|gouge|cut off|cave in) (?:every (?:single )?"
        r"(?:finger|bone|tooth|rib)\b|(?:both (?:of )?)?your " + _BODY + r"\b(?! (?:wrestl\w*|record|hair|nails)\b)(?!(?<=head) off\b))" + _TENDER,
        r"\b" + _I_WILL + r" " + _BARELY + r"(?:put|smash|shove|push|throw|slam|bang|ram) (?:you|your (?:head|face)) (?:through|into|against) "
        r"(?:that|the|a|this) (?:wall|window|door|floor|windscreen|windshield|table|glass|mirror|radiator|wardrobe)\b",
        r"\b(?:make|making) (?:you|your life) (?:pay|suffer)\b",
        # "you're dead" as a threat, not an idiom: dead to me, dead right, dead set, dead boring (British: very)
        r"\byou (?:are|will be) dead\b(?! (?:to (?:me|us|this family|them|him|her)|right|wrong|serious|set|on|tired|beat|last|"
        r"centre|center|ringer|weight|cert|certain|lucky|funny|boring|good|easy|quiet|meat)\b)",
        r"\b(?:burn|burning) (?:the|your|this) (?:house|place|car)\b" + _CARELESS,
        r"\b(?:point|pointed|pointing|held|pulled|waved) (?:a|my|the|his|her) (?:gun|knife)\b" + _KITCHEN,
        r"\b" + _NOT_A_TOY + r"(?:gun|knife) (?:at|to|on|against) (?:me|my|you|your|us)\b", r"\bif you (?:ever )?(?:leave|cheat|go)\b.*\bi (?:will|am going to) (?:kill|hurt|end)\b",
        r"\b(?:i|we) (?:will|am going to|would|swear i will|will fucking) (?:kill|hurt|hit|stab|shoot|strangle|"
        r"beat|choke|murder|smack|slap) (?:you|him|her|them)\b(?! at \w+| in (?:a |the |this |that )?(?:race|game|match|"
        r"quiz|chess|cards|tennis|squash|golf|pool|darts|poker|monopoly|scrabble|trivia|final|rematch)\b| to (?:it|the|bed)\b|"
        r" home\b| back home\b)",
        r"\b(?:kill|hurt|murder) (?:you|him|her) (?:both|all)\b",
        r"\bnever see daylight\b", r"\b(?:get|got|grab|bring|have) (?:my|the|a) (?:gun|knife|rifle|shotgun)\b(?! safe)" + _KITCHEN,
        r"\b(?:nobody|no one) (?:would|will|is going to) (?:ever )?find (?:my|your|her|his|the) body\b",
        r"\b" + _ABUSER + r" (?:said|says|told me|threatened|threatens|swore) (?:that )?(?:he|she|they) (?:would|will|is going to|"
        r"was going to) (?:kill|stab|shoot|hurt|strangle|choke|beat) me\b",
        r"\bthreaten(?:ed|s|ing)? (?:to )?(?:kill|hurt|stab|shoot|beat) (?:me|you|the kids|us)\b",
        r"\b(?:i will|i am going to|i would|i swear i will|i could) (?:put|bury|have) you (?:in the ground|six feet under|in a "
        r"(?:grave|coffin|wheelchair|hospital bed))\b(?! at \w+| in (?:a |the |this )?(?:game|race|match|quiz|chess|cards|final)\b)",
        r"\b(?:stab|shoot|kill) me (?:while|in my) (?:i |)?sleep", r"\bend up dead\b",
        r"\b(?:scared|scaring|frightened|frightening|threatened|threatening) (?:you|her|him|them|me|us) with (?:a|the|his|her|"
        r"my|that|your) (?:gun|knife|rifle|shotgun|pistol|blade|hammer|machete)\b(?!.*\b(?:trick|magic|film|movie|game|"
        r"costume|halloween|prop|toy|drop\w*|by accident|accidentally)\b)",
        r"\b(?:held|holding|waved|waving|pointed|pointing) (?:up )?(?:a|the|that|my|his|her) (?:knife|gun|blade|rifle|shotgun|"
        r"pistol|machete)\b(?: up)?.{0,40}\b(?:scare|frighten|threaten|at (?:you|me|her|him))",
    ),
    "violence": (
        # burned by someone else: "My mother-in-law burned my arm with the iron because the dowry wasn't enough"
        r"\b(?:he|she|they|(?:mother|father|brother|sister) in law|in laws|husband|wife|partner|boyfriend|girlfriend)\b (?:\w+ )?"
        r"(?:burned|burnt|burns|scalded|scalds) (?:me|my (?:arms?|hands?|legs?|face|back|skin|neck|chest|foot|feet|fingers?|"
        r"wrists?|stomach|thighs?))\b" + _nowhere(r"by accident|accidentally|sorry|apologi\w*|reaching|passing|spilled|spilt|"
                                                    r"knocked|tripped"),
        # kicked when down: "he pushed our son down and kicked him while he was on the floor"
        r"\b(?:kicked|kicks|kicking|stamped on|stamps on|punched|hit) (?:me|him|her|them|my \w+|our \w+) (?:while|when) (?:i|he|she|"
        r"they) (?:was|were|am|is|are) (?:on the floor|on the ground|down|lying there)\b",
        # a gun fired in the home: "I fired the gun into the ceiling to shut her up"
        r"\bfired (?:the |a |his |her |my )?(?:gun|rifle|shotgun|pistol|revolver)\b.{0,30}\b(?:into|through) (?:the )?(?:ceiling|"
        r"wall|floor|door|bed|sofa)\b",
        r"\bfired (?:the |a |his |her |my )?(?:gun|rifle|shotgun|pistol|revolver|a shot|shots)\b.{0,40}\bto (?:shut (?:me|her|"
        r"him|them|you|us) up|scare|frighten|teach)\b",
        # "he's been hitting me for years"
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend)) (?:has been|have been|is|keeps|kept|started|"
        r"starts) hitting me\b(?! up| with (?:questions|texts|messages|requests|emails|demands))",
        # "He throws things at me, the remote, a mug, last time the iron"
        r"\b(?:he|she|they) (?:throws|threw|has thrown|keeps throwing|kept throwing|starts throwing|started throwing) (?:things|"
        r"stuff|objects|plates|mugs|cups|glasses|bottles|whatever is) (?:at me|at my head|at the kids|at us)\b"
        r"(?!.{0,20}\b(?:to catch|catch|in play|playing|jokingly|pillows?|socks?|popcorn|sweets|snowballs?)\b)",
        # "She grabbed the kitchen knife and chased me round the flat"
        r"\b(?:grabbed|took|picked up|got|pulled out|pulled) (?:a|the|her|his|my) (?:kitchen |bread |carving )?(?:knife|blade|"
        r"hammer|bat|machete|scissors) and (?:chased|came at|went for|ran at|ran after|lunged at|threatened) (?:me|us|the kids|"
        r"the children|her|him)\b",
        # "He smothered me with a pillow until I passed out"
        r"\b(?:smother|smothers|smothered|smothering) (?:me|her|him|the kids?|the baby) (?:with|under) (?:a |the |his |her |my |"
        r"their )?(?:pillow|cushion|blanket|duvet|coat|towel|plastic bag|bag|hands?)\b",
        r"\bsmothered (?:me|her|him) (?:until|till) (?:i|she|he) (?:passed|blacked|could not breathe)\b",
        # a beating called discipline: "My partner says God told him to discipline me, and he uses his belt"
        r"\b(?:discipline|disciplines|disciplined|punish|punishes|punished) me\b.{0,50}\bbelt\b",
        r"\b(?:uses|used|takes|took) (?:his|her|the|a) belt (?:on|to) (?:me|us|her|him)\b",
        # a beating named as the British and Irish name it: "He gave me a hiding last Friday in front of the kids"
        r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex)) (?:gave|gives|give|has given|has "
        r"given) me (?:a |another |a good |a real |such a )?(?:hiding|beating|kicking|thrashing|going over)\b"
        r"(?! (?:at|in|on) (?:the |a )?(?:chess|tennis|squash|golf|cards|scrabble|court|pitch|game|quiz|race|match|"
        r"monopoly|darts|pool|snooker))",
        # blows placed so they will not be seen: "he lays into me, always where the bruises don't show"
        r"\bwhere (?:the |my )?bruises (?:do not|does not|will not|would not|can not|could not|never) show\b(?! (?:on camera|in "
        r"(?:photos|pictures)))",
        # as screening asks: "My partner has hurt me physically in the past year"
        r"(?<!\bit )(?<!\bthis )(?<!\bthat )\b(?:(?:physically|sexually) (?:hurt|hurts|harmed|harms|abused|abuses|assaulted|"
        r"attacked|injured) me|(?:hurt|hurts|harmed|harms|injured|injures) me physically)\b(?! to (?:watch|see|hear|think|look|"
        r"know))(?!.*\b(?:rugby|football|hockey|tackle|training|match|game|sparring|"
        r"boxing|karate|judo|wrestling|by accident|accidentally|massage|physio)\b)",
        # "he had me up against the wall by my throat"
        r"\b(?:had|has|held|holds|pinned|pins|got|gets) me (?:up )?against the (?:wall|door|fridge|car|floor|counter|wardrobe) "
        r"by (?:my|the) (?:throat|neck|hair|collar)\b",
        # bruises hidden: "I lie to you both about the bruises, they're not from the gym"
        r"\b(?:lie|lied|lying|lies) (?:to (?:you|everyone|them|people|the doctor|my (?:mum|mom|family|friends))(?: both| all)? )?"
        r"about (?:the|my|these|those|her|his) bruises\b(?!.*\b(?:trampoline|fell|fall|falling|bike|football|netball|rugby|"
        r"sport|gym|climbing|skating|skiing|hockey|i bruise)\b)",
        r"\bbruises\b.{0,30}\b(?:are|were|is) not (?:really )?from (?:the gym|falling|a fall|football|sport|walking into|the "
        r"door|the stairs|netball|rugby)\b",
        # a car aimed: "he drove at me in the car park on purpose"
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex)) (?:\w+ )?(?:drove|drives|swerved|reversed|"
        r"accelerated|revved) (?:the car |his car |her car )?(?:at|towards|straight at|right at) (?:me|us|the kids|the children)\b",
        # "When he's had a few he pins me to the bed by my wrists"
        r"\b(?:pins|pinned|pinning|holds|held|holding) me (?:down )?(?:to|against|on) the (?:bed|floor|wall|ground|sofa|door|"
        r"table) by (?:my|the) (?:wrists|arms|throat|neck|hair|shoulders)\b",
        # a wound that needed stitches, from someone: "She throws things at me when she's drunk, last time it was a glass
        # and I needed stitches"
        r"(?!.*\b(?:ball|match|game|cricket|tennis|squash|golf|baseball|softball|hockey|training|pitch)\b)"
        r"\b(?:throws|threw|thrown|hit|hits|pushed|pushes|shoved|shoves|cut|cuts|bit|bites|smashed|smashes)\b.{0,80}\b(?:i|we) "
        r"(?:needed|had to (?:get|have)|got|ended up with|ended up needing) stitches\b(?!.*\b(?:football|rugby|hockey|bike|"
        r"cycling|fell off|slipped|tripped|the dog|skiing|climbing|chopping|kitchen knife slipped)\b)",
        # "He grabs my arm so hard it leaves marks"
        r"\b(?:grabs|grabbed|grabbing|squeezes|squeezed|holds|held|twists|twisted|pinches|pinched|yanks|yanked) (?:my|me by the) "
        r"(?:arms?|wrists?|shoulders?|neck|face|jaw|hair) so (?:hard|tight|tightly)\b(?=.*\b(?:marks?|bruises?|bruised|bleed|bled|"
        r"cried|scream\w*)\b)",
        # someone coming at one with a weapon: "she came at me with the scissors"
        r"\b(?:came|comes|coming|went|goes|going|ran|runs|lunged|lunges|lunging|charged|charges|rushed) (?:at|for) (?:me|us|"
        r"my (?:son|daughter|kids|children|mum|mom|dad|sister|brother)|the (?:kids|children|baby))\b(?: \w+){0,3} with (?:a|an|"
        r"the|his|her|their|my|that|this|some) (?:\w+ )?(?:knife|knives|scissors|bat|hammer|bottle|gun|axe|machete|screwdriver|"
        r"iron|pan|chair|belt|stick|poker|glass|blade|razor|cleaver|golf club|crowbar|fists?)\b(?! of\b)",
        r"\b(?:threw|thrown|throwing|poured|pouring|chucked|flung) (?:a (?:pan|cup|mug|kettle) of |the )?(?:boiling|hot|scalding) "
        r"(?:water|tea|coffee|oil|fat)\b.{0,10}\b(?:at|over|on) (?:me|him|her|you|(?:my|his|her|your) (?:face|arms?|hands?|legs?|back|"
        r"chest|head|body|neck|feet|foot|skin|lap|stomach))\b",
        r"\bmy (?:dad|father|stepdad|step dad|mum|mom|mother|stepmum|step mum|brother|uncle) (?:hits|hit|beats|beat|"
        r"punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangled|strangles|hurts|hurt) (?:me|us|my (?:mum|mom|mother|"
        r"dad|father|sister|brother|wife|husband))\b" + _OUTPLAYED + _KINDLY + _NOT_A_BLOW
        + _nowhere(r"in (?:his|her|their|my) sleep|when (?:we|i) (?:was|were) (?:kids|little|young|small)|as kids"),
        r"\b(?:a |the |his |her |a plastic )?(?:pillow|hand|hands|bag|cushion) over my (?:face|mouth|head)\b(?!.*\b(?:joke|"
        r"joking|fun|play\w*|pillow fight|laugh\w*|snor\w*|sun|light|surprise|eyes)\b)",
        r"\b(?:pressed|held|put|pushed|burned|burnt) (?:a |the |his |her )?(?:hot )?iron (?:against|on|to|into) my (?:back|arms?|"
        r"hands?|legs?|face|skin|chest|neck|stomach|side|body|feet|foot)\b",
        r"\b(?:put|puts|poured|pours|slipped|slips|mixed|mixes|laced|laces) (?:some )?(?:bleach|poison|rat poison|antifreeze|"
        r"weedkiller|weed killer|drain cleaner|cleaning fluid) (?:in|into) my\b", r"\b(?:spiked|drugged) (?:my (?:drink|food|tea|"
        r"coffee|wine|dinner)|me)\b",
        r"\b(?:hands?|fingers|arm) (?:a)?round my (?:throat|neck)\b",
        r"\b(?:forearm|arm|elbow|knee|foot|boot) (?:on|across|against|into|pressed (?:on|into|against)) my (?:throat|neck|"
        r"windpipe)\b",
        r"\b(?:hands?|fingers) (?:at|on|against|to) my "
        r"(?:throat|neck)\b(?! (?:pillow|warmer|scarf|brace|cushion|tie|chain|necklace))",
        # something forced down the throat (a quarrel's "shoving your opinions down my throat" is a figure: see FIGURES)
        r"\b(?:shoved|shoves|shoving|forced|forces|forcing|stuffed|stuffs|stuffing|rammed|rams|ramming|pushed|pushes|pushing|"
        r"crammed|crams|cramming) (?:\w+ ){1,3}down my throat\b",
        r"\b(?:grabbed|grabs|grabbing|gripped|grips|squeezed|squeezes|clutched|seized) my (?:throat|neck)\b(?! (?:pillow|"
        r"warmer|scarf|brace|cushion|tie|chain|necklace))", r"\b(?:threw|thrown|throwing|hurled|chucked|lobbed|flung) (?:a|an|the|his|her|your|my|that) " + _PLAYED + r"(?:\w+ )?\w+ at (?:me|my (?:head|face)|you|him|your (?:head|face)|her (?:head|face))\b", r"\b(?:pushed|shoved|slammed|pinned|dragged|grabbed|threw) me" + _PLAY_FIGHT + r" (?:against|into(?! (?:\w+ing|a decision|it|this|that|the "
        r"(?:job|decision|trip|move|idea|course|race|marathon|half marathon))\b)|down|up against|onto|to the (?:floor|ground)|across|by the (?:hair|throat|neck|arm|wrist))\b", r"\b(?:split|bust|busted|burst) my (?:lip|nose|eyebrow)\b", r"\bgave me a black eye\b", r"\b(?:strangled|throttled|choked) me\b",
        r"\b" + _PERSON + r" (?:hurt|hurts) me (?:badly|bad|physically|so bad|last night|again)\b",
        r"\b" + _PERSON + r" (?:scratched|squeezed|twisted|broke|pulled|pulls|choked|strangled|burned|bit|punched|kicked|slapped|"
        r"hit) my (?:face|neck|arm|arms|wrist|hair|throat|ribs|nose|jaw|fingers?|head)\b",
        r"\b(?:tried|tries|trying) to (?:strangle|choke|kill|drown|suffocate|smother|stab|run me over)\b",
        r"\b" + _PERSON + r" (?:attacked|attacks|shook|shakes) me\b",
        r"\b" + _PERSON + r" (?:slammed|smashed|banged|pushed|shoved|threw) my (?:head|face|body)\b",
        r"\b" + _PERSON + r" (?:stabbed|burned|bit|cut|scratched|spat on|spit on) me\b(?! (?:off|out|short|some slack|a "
        r"(?:slice|piece|deal|break|cheque|check|copy|cd|playlist)|in on|down to size|loose|free|up in traffic|up on the "
        r"(?:motorway|road)))",
        r"\b" + _NOT_A_CHILD_OR_THING + r"(?:hit|hits|punch|punched|kick|kicked|slap|slapped|choke|choked|strangle|strangled|"
        r"smack|smacked|beat|beats) me" + _KINDLY + r" (?:in|on|across|with|so hard|again|until|when|every|in front)\b",
        r"\bi (?:was|got|have been|am being) (?:hit|beaten|choked|strangled|punched|kicked|attacked|assaulted|slapped)\b",
        r"(?<!\bit )(?<!\bthat )(?<!\bthis )\bphysically (?:hurt|hurts|abus|attack|violent|assault)", r"\b(?:is|gets|got|was|became|being) (?:violent|abusive)\b",
        r"\bviolent (?:with|towards|to|toward) me\b", r"\bthrew (?:something|a \w+|things|plates|glasses) at me\b",
        r"\b(?:black eye|broken rib|split lip|bruises) (?:from|because of) (?:him|her)\b",
        r"\b(?:dragged|pulled|yanked) me (?:by|across|down|out(?!.*\b(?:sunrise|sunset|shopping|party|walk|run|gym|dancing|"
        r"concert|holiday|breakfast|dinner|lunch|drinks|pub|film|cinema|fun|hike|beach|swim\w*|dog|puppy|school run|"
        r"airport|train|flight|at (?:five|six|seven|dawn))\b))\b", r"\b(?:pushed|shoved|threw) me" + _KINDLY + r" (?:down|into|"
        r"against|to the|out|across|off|onto)\b",
        r"\b" + _PERSON + r" (?:hit|hits|hitting|punch|punched|punches|kick|kicked|kicks|slap|slapped|slaps|shove|shoved|"
        r"shoves|push|pushed|pushes|choke|choked|chokes|choking|strangle|strangled|strangles|strangling|beat|beats|"
        r"bit|bites|burned|burns|smacked|smacks|threw|throws|dragged|drags|headbutted) me\b(?! where it hurts)" + _KINDLY + _OUTPLAYED,
        r"\b(?:grabbed|grabs|had|has|held|holds|pinned) me (?:by|around) (?:the|my) (?:throat|neck|hair)\b",
        r"\bbeat (?:me|us) up\b", r"\b(?:his|her|their) (?:knee|boot) on my (?:back|neck|chest|throat|head)\b",
        r"\b(?:held|holds|pushed|pushes|kept|keeps) (?:me|my head|my face) under (?:the )?water\b",
        r"\b(?:put|puts|laid|lays) (?:his|her|their) hands (?:on|around) (?:me|my)\b",
        r"\b(?:pinned|pins|held|holds) me down\b" + _PLAY_FIGHT, r"\bgave me a (?:black eye|bruise|split lip)\b",
        r"\b(?:gets|got|getting) physical with me\b", r"\bleft (?:bruises|marks) on me\b",
        r"\bshoved me against\b", r"\bchoked me\b", r"\bstrangled me\b",
        r"\b" + _PERSON + r" (?:hits|beats|chokes|kicks|slaps) me\b",
        # owned by the one who did it, often inside an apology ("I'm sorry I hit you last night", "I regret slapping you
        # in front of the kids"): the repair a couple comes for is no place for it, as when it is told by the one hurt
        r"\bi (?:(?:should not|should never) have |have |had )?(?:hit|punched|slapped|smacked|kicked|choked|strangled|throttled|"
        r"headbutted|shoved) " + _PARTNER + _NOT_A_BLOW,
        r"\b(?:for|about|regret|after|of|forgive me for|stop) (?:hitting|punching|slapping|smacking|kicking|choking|strangling|"
        r"throttling|headbutting|shoving|beating) " + _PARTNER + _NOT_A_BLOW,
        r"\bbeat (?:you|her|him|them) (?:up|black and blue|senseless|unconscious)\b",
        r"\b(?:grabbed|grabbing|squeezed|squeezing) (?:your|her|his) (?:neck|throat)\b(?! (?:pillow|warmer|scarf|brace|"
        r"cushion|tie))" + _TENDER,  # (hands round a neck: the threats' pattern)
        r"\b(?:i (?:(?:should not|should never) have )?(?:pushed|shoved|threw|dragged)|(?:pushing|shoving|throwing|dragging)) "
        r"(?:you|her|him|them) (?:down the stairs|against the (?:wall|door|fridge)|into the (?:wall|door|table|fridge)|onto the "
        r"floor|to the (?:floor|ground)|off the (?:bed|sofa|balcony)|out of the window|by (?:the|your|her|his) (?:hair|"
        r"throat|neck))\b",
        r"\b(?:for|after|about) (?:cutting|stabbing|slashing) (?:me|my (?:arm|hand|face|leg|neck|back|chest))\b(?! in the back)"
        + _ACCIDENT + _KITCHEN,
    ),
    "sexual violence": (
        # pressed until given in: "He keeps on at me for sex until I give in, even when I'm crying"
        r"\b(?:keeps on at me|on at me|pressur\w* me|pressur\w* me into|nags? me|nagging me|keeps asking|badger\w* me|pester\w* "
        r"me) (?:for|about|into|to have) sex\b.{0,30}\buntil i (?:give in|say yes|give up|let (?:him|her)|stop saying no)\b",
        # marriage said to make it not count: "He told me no one will believe me because we're married, and he did it anyway"
        r"\b(?:because we are married|because i am (?:his|her) wife|because (?:he|she) is my (?:husband|wife)|(?:it|that) does "
        r"not count (?:because|if|when))\b.{0,50}\b(?:did it anyway|does it anyway|forced|forces|made me|makes me|held me)\b",
        # sex traded away by someone else: "when I'm high he makes me sleep with his friends for the gear"
        r"\b(?:makes?|made|forces?|forced|sends?|sent) me (?:to )?(?:sleep with|have sex with|do stuff with|do things "
        r"with|(?:go|be) with(?= \w+ \w+ for (?:the )?(?:gear|drugs|money|rent|debt|a fix))) (?:his|her|their|the) "
        r"(?:friends?|mates?|dealers?|boss|landlord|customers|men|guys)\b",
        # a no over sex not heeded: "When I say no to sex he sulks for days and then does it anyway while I lie there"
        r"\b(?:say|said|says|tell him|told him|tell her|told her) no\b(?=.*\b(?:sex|touch\w*|bed|intimate)\b).{0,60}\b(?:does|did|"
        r"do|goes ahead and does|went ahead and did) it anyway\b",
        # as screening asks: "I've been forced to do sexual things I didn't want to do"
        r"\b(?:forced|forces|made|makes|pressured|pressures|coerced|coerces) (?:me )?(?:to do|into doing|into) (?:sexual|sex) "
        r"(?:things|stuff|acts?)\b", r"\b(?:been|was|am|being|get|got) forced (?:to do |into )?(?:sexual|sex) (?:things|stuff|"
        r"acts?)\b",
        r"\b(?:drunk|drink|drinks|drugs?|drugged|pills|high|asleep)\b.{0,30}\bso (?:that )?i (?:will not|would not|can not|could not) "
        r"(?:say no|refuse|fight (?:back|him off|her off))\b",
        r"\b(?:pressur(?:e|es|ed|ing)|push(?:es|ed|ing)?|forc(?:e|es|ed|ing)|guilt(?:s|ed|ing)?|coerc(?:e|es|ed|ing)) me into (?:sex|things|it|stuff|doing (?:things|stuff|it))\b", r"\b(?:sex|slept with me|had me|touched me)\b.{0,40}\b(?:i (?:said|had said|told you|kept saying) (?:no|stop|i did not want)|after i said no)\b", r"(?=.*\b(?:sex|bed|touch\w*|kiss\w*|clothes|undress\w*|body|naked|crying|cried|begged|begging|hurt|hurting|"
        r"pain|pinned|held me)\b).*\b(?:carried on|kept going|went ahead)\b.{0,40}\b(?:i (?:said|had said|told you|kept saying) (?:no|stop|i did not want)|after i said no)\b", r"\b(?:filmed|recorded|photographed|videoed) (?:us|me) (?:having sex |in bed |naked |undressed )?without (?:asking|my (?:consent|permission|knowing))\b", r"\b(?:send|post|share|show|put) (?:it|them|that|the (?:video|videos|photos|pictures|film|clip)) (?:to|online|on)\b.{0,30}\bif i (?:leave|go|tell|say)\b",
        r"\bsaid no and (?:he|she) (?:kept going|did it anyway|did not stop|continued)\b",
        r"(?=.*\b(?:sex|bed|touch\w*|kiss\w*|clothes|undress\w*|body|naked|crying|cried|begged|begging|hurt|hurting|"
        r"pain|pinned|held me)\b).*\b(?:kept going|did it anyway) "
        r"(?:after|when|even though) i said (?:no|stop)\b",
        r"\btouch\w* me even (?:when|though|after) i (?:say|said|tell|told)\b", r"\brefuse sex\b",
        r"\bthreaten\w* to (?:post|share|send|leak) (?:my )?(?:nude|naked|intimate|private) (?:photos|pictures|pics|videos)\b",
        r"\bmade me do (?:things|stuff)\b.*\b(?:said no|did not want|begged|cried|told (?:him|her) no)\b",
        r"\bpressur\w* me (?:into|to have) sex\b", r"\bsex\b.*\beven (?:when|though|after|if) i (?:cry|cried|said no|say no)\b",
        r"\b(?:had|has|have|having) sex with me (?:while|when) i (?:was|am) (?:asleep|passed out|unconscious|drunk|sleeping)\b",
        r"\b(?:forced|pressured|coerced|makes|made|make) me (?:into|to) (?:sex|have sex|sleep with|do sexual|do things in bed)\b",
        r"\btouch(?:es|ed|ing)? me (?:without|even (?:though|after)|after i said|when i said)\b",
        r"\b(?:did|does|do) not (?:stop|listen) when i (?:said|say|told|tell) (?:him |her )?(?:no|stop)\b", r"\bmolest",
        r"\b(?:asleep|passed out|unconscious|drunk)\b.*\b(?:had sex with me|touched me|took my clothes)\b",
        r"\brevenge porn\b",
        r"\brap(?:e|ed|es|ing|ist)\b", r"\bsexual(?:ly)? (?:assault|assaulted|abuse|abused|abusing|coerced|forced)\b",
        r"\bforce[sd]? (?:me|himself|herself) (?:to have sex|on me|into sex|to do sexual)\b",
        r"\bmakes? me have sex\b" + _NOT_LESSONS, r"\bmade me have sex\b" + _NOT_LESSONS,
        r"\b(?:made|make|makes|forced|force|forces|forcing|pressured|pressuring) (?:you|her|him) (?:to )?(?:have sex|sleep with "
        r"me|into (?:bed|sex|having sex))\b",
        r"\b(?:does not|did not|will not|would not|never) stop(?:s)? when i (?:say|said|tell him|told him|tell her|"
        r"told her) no\b",
        r"\btouch(?:es|ed)? me (?:when|while) i (?:am|was) (?:asleep|sleeping|passed out|drunk)\b",
        r"\bwithout my consent\b", r"\b(?:naked|nude|intimate|sexual) (?:photos|pictures|pics|videos) of me\b",
    ),
    "coercive control": (
        # "My ex says he'll post the video of us if I don't get back with him"
        r"\b(?:post|share|leak|send|show)\w* (?:the|that|those|our) (?:video|videos|tape) of (?:us|me)\b"
        r".{0,40}\bif i (?:do not|leave|go|dump|break|stop|tell)\b",
        # a bed taken away: "She makes me sleep on the floor when I've upset her"
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend))\b.{0,15}\b(?:makes|made|forces|forced|has me|had "
        r"me) (?:me )?(?:to )?sleep (?:on the floor|in the car|outside|in the (?:garden|shed|garage|hallway|bath))\b",
        # pictures held over a leaving: "He screenshotted my nudes and says he'll send them to my whole year if I dump him"
        r"\b(?:nudes|naked (?:pics|pictures|photos|videos)|intimate (?:pics|pictures|photos|videos))\b.{0,50}\b(?:send|post|"
        r"share|leak|show)\w*\b.{0,40}\bif i\b",
        # what an older or disabled partner needs, kept from them: "He won't let me have my walking frame when he goes out"
        r"\b(?:will not|does not|would not|never) let me (?:have|use|keep) my (?:walking frame|zimmer frame|frame|wheelchair|"
        r"walking stick|stick|crutches|hearing aids?|glasses|medication|medicine|pills|inhaler|phone)\b",
        r"\b(?:takes|took|hides|hid) (?:away )?my (?:hearing aids?|walking frame|zimmer frame|wheelchair|walking stick|crutches|"
        r"glasses)\b(?: away)?.{0,40}\b(?:when (?:he|she) is (?:angry|cross|annoyed)|so i (?:can not|cannot|could not)|to "
        r"punish|as (?:a )?punishment)\b",
        r"\b(?:takes|took|keeps|kept) (?:all )?my (?:pension|benefits|wages|salary|pay)\b.{0,50}\blucky (?:he|she|they) "
        r"(?:feeds|feed|fed|lets|let) me\b",
        # money begged for: "he made me beg on my knees for the bus fare"
        r"\b(?:made|makes|make) me beg (?:on my knees )?for (?:money|the bus fare|bus fare|food|my (?:own )?money|my wages|"
        r"cash|a tenner|\w+ pounds|petrol|nappies|tampons)\b",
        # food kept from someone who depends on it: "She hasn't fed me since Tuesday, she says I'm too much trouble", "She
        # takes my pension and leaves me without food for the week" (not a meal missed: "you haven't fed me since breakfast")
        r"\b(?:has not|have not|had not|did not|does not|will not|would not) (?:fed|feed|given me (?:any )?(?:food|a meal))"
        r"(?: me)? (?:since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last)|for (?:days|two days|"
        r"three days|a week|\w+ days))\b",
        r"\b(?:leaves?|left|leaving) me (?:without|with no) (?:any )?(?:food|money for food|anything to eat)\b.{0,20}\b(?:for "
        r"(?:the|a) week|for days|on purpose|to punish|as (?:a )?punishment)\b",
        # a pregnancy forced: "She flushed my contraceptive pills", "He poked holes in the condoms"
        r"\b(?:flushed|flushes|hid|hides|hidden|threw away|throws away|binned|bins|swapped|swaps|stole|steals) (?:my|"
        r"her|all my|all her) (?:contraceptive (?:pills?|implant)|contraceptives?|birth control(?: pills)?|contraception|morning "
        r"after pills?)\b",
        r"\b(?:poked|pokes|poking|put|puts|made|makes) holes in (?:the|my|his|our) condoms?\b",
        r"\b(?:having|have|going to have) a baby whether (?:i|you|she|he) (?:like|likes|want|wants) it or not\b",
        r"\b(?:keeping|keep|have|having) (?:it|the baby|them)\b.{0,10}\bwhether (?:i|you|she) (?:like|likes|want|wants) it or "
        r"not\b",
        # sex filmed and held over someone: "He records us having sex without asking and threatens to show my family"
        r"\b(?:records?|recorded|recording|films?|filmed|filming)\b.{0,40}\b(?:sex|naked|in the shower|undress\w*)\b.{0,40}"
        r"\bthreat\w* to (?:show|send|post|share) (?:it |them |the videos? )?(?:to )?(?:my|her|his|our) (?:family|parents|dad|"
        r"mum|mom|boss|friends|work|husband|wife)\b" + _nowhere(r"jok\w*|kidding|funny|laugh\w*|singing|dancing|prank"),
        # a marriage forced: "My family is taking me to Pakistan in the summer to marry my cousin and I don't want to go"
        r"\b(?:taking|take|sending|send|took|sent|making|make|made|forcing|force|forced) me (?:(?:to|back to) \w+(?: \w+)? )?"
        r"(?:\w+ ){0,4}to (?:marry|get married|be married)\b.{0,40}\b(?:do not want|did not want|against my will|will not let "
        r"me|have no choice|whether i like|said no|refuse\w*)\b",
        r"\b(?:me|i am being|i will be|am being|they are|they want to|trying to|going to) forc\w* (?:me )?(?:into (?:a |the )?|to )"
        r"marr(?:y|iage|ied)\b" + _nowhere(r"film|show|series|book|novel|documentary|story|article"),
        r"\b(?:locked|locks|lock|keeping|kept|keep) me in (?:my|the|a) (?:room|house|flat|bedroom)\b.{0,20}\buntil i (?:agree|"
        r"say yes|marry|accept)\b",
        # pictures held over someone: "He threatened to send the videos to my boss if I don't come back"
        r"\bthreat\w* to (?:post|share|send|leak|show) (?:my |the |those |our |her |naked |nude |intimate |private |sex )*"
        r"(?:photos?|pictures?|pics|videos?|tapes?)\b(?=.*\b(?:if (?:i|you|she|he)|unless|boss|family|online|everyone|work|"
        r"parents)\b)",
        r"\b(?:posted|posts|shared|shares|leaked|leaks|sent|sends) (?:(?:my|her|our) (?:naked|nude|intimate|sex|explicit) "
        r"(?:photos?|pictures?|pics|videos?|images?)|(?:naked|nude|intimate|sex|explicit) (?:photos?|pictures?|pics|videos?|"
        r"images?) of (?:me|her|us))\b",
        # "He says if I leave he'll call immigration and I'll be deported without the kids"
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|mother in law|father in law)) (?:\w+ ){0,3}(?:call|"
        r"calls|report (?:me|you|her|him) to|tell|ring) (?:immigration|the home office|ice|the border)\b(?=.*\b(?:leave|"
        r"deported|deport|kids|children|if (?:i|you))\b)",
        # debts run up in someone's name: "He took out loans in my name"
        r"\b(?:took|takes|taken|taking|take) out (?:loans?|credit cards?|debts?|a mortgage|payday loans?|a loan) in (?:my|her|"
        r"his) name\b(?!.*\b(?:we agreed|together|joint|for (?:us|the house|the business)|i asked)\b)",
        # "He makes me beg for money for nappies"; "He forces me to watch him hurt the cat when I disobey"
        r"\b(?:makes?|made|forces?|forced) me (?:to )?beg for (?:money|food|cash|the car|my (?:phone|keys|card|money|wages))\b",
        r"\b(?:makes?|made|forces?|forced) me (?:to )?watch (?:him|her|them) (?:hurt|kill|kick|hit|beat|drown|strangle|torture) "
        r"(?:the|my|our|your|his|her) (?:cat|dog|pets?|puppy|kitten|rabbit|horse|hamster|kids?|children|baby|son|daughter)\b",
        # kept in: "he wouldn't let me leave the flat for two days"; keys held back: "so I can't take our daughter to the doctor"
        r"\b(?:would not|will not|did not|does not|never) let me (?:leave|out of) (?:the|our|my|his|her) (?:house|flat|room|"
        r"home|apartment|bedroom)\b(?! (?:in|without|dressed|looking|until (?:i|we) (?:had|have) (?:finished|done|cleaned|"
        r"tidied)))",
        r"\b(?:holds|hides|keeps|took|takes|hid|holding|hiding) (?:the|my) (?:car )?keys so (?:i|we) (?:can not|could not) (?:take|"
        r"get out|leave|go|see)\b(?!.*\b(?:after (?:a|a few|the) (?:drink|drinks|pint|pints|glass|party|pub|wedding|do)|drunk|"
        r"drinking|over the limit|which is fair|fair enough|i asked)\b)",
        # a phone locked away while he is out: "He locks the phone in his desk drawer when he goes out"
        r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend)) (?:locks|locked|hides|hid|takes|took) (?:the|my|our) "
        r"(?:phone|phones|landline|car keys|keys|passport)\b.{0,40}\b(?:when|whenever|every time|before) (?:he|she) (?:goes|"
        r"leaves|is out|went|left|is at work)\b(?!.*\b(?:to bed|to sleep|so (?:we|i|the kids|nobody)|because i (?:lose|forget)|"
        r"lose them|for safe ?keeping)\b)",
        # money held back: "I'm not allowed a bank card, he gives me cash for the shopping and wants receipts"
        r"\bi am (?:not|never) allowed (?:a|my own|any|to have (?:a|my own|any)) (?:bank (?:card|account)|debit card|money(?: of "
        r"my own)?|cash of my own|passport)\b(?!.*\b(?:credit (?:score|rating|history)|the bank|too young|at work|school)\b)",
        r"\b(?:gives|gave|hands|handed) me (?:cash|money|an allowance|pocket money)\b.{0,40}\b(?:wants|asks for|demands|checks)"
        r" (?:the |every |all the )?receipts?\b",
        # who one talks to, watched: "unless he comes and watches who I talk to"
        r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend)) (?:\w+ ){0,2}(?:watches|watched|monitors|monitored|decides|"
        r"decided|controls|controlled) who i (?:talk|speak|see|text|message|am friends)\b",
        r"\b" + _HOLDER + r" controls? (?:everything(?! (?:in|about|on|at|to do with|for) )|every (?:thing|part of my life|move i "
        r"make)|all of my life|my (?:whole )?life|what i (?:do|wear|eat|say|spend))\b" + _AGREED
        + _nowhere(r"party|parties|wedding|work do|funeral|interview|christening"),
        r"\b(?:my ex|my (?:ex )?(?:husband|wife|partner|boyfriend|girlfriend)|he|she|they) (?:is|has been|keeps|kept|was|"
        r"started) (?:stalking me|following me (?:home|to work|from work|everywhere i go))\b",
        r"\b(?:hid|hides|hide|took|takes|withholds?|withheld|keeps?|kept|threw away|flushed) my (?:insulin|medication|meds|pills|"
        r"inhaler|medicine|epipen|prescription|wheelchair|crutches|hearing aids?)\b.{0,30}\b(?:so i would|so that i would|unless|"
        r"until i|if i (?:do not|did not|will not)|to make me|as (?:a )?punishment)\b",
        # "He throws my meds in the bin when he wants me to look crazy in front of people"
        r"\b(?:throws|threw|bins|binned|flushes|hides|hid) my (?:insulin|medication|meds|pills|tablets|inhaler|medicine|"
        r"antidepressants|lithium)\b.{0,40}\b(?:when (?:he|she) wants|to make me|so (?:i|that i) (?:look|seem|go|get|am|feel)|look "
        r"(?:crazy|mad|unstable|unwell)|punish\w*)\b",
        r"\b(?:kill|hurt|harm) (?:himself|herself|themselves) if (?:they|you|i|the kids|the children|we|anyone) (?:ever )?(?:tell|"
        r"leave|go|say|call)\b",
        # the same threat the other way round, or its blame told to the children
        r"\bif (?:i|we|you) (?:ever )?(?:leave|left|go|went|tell|told|call|called|try to leave)\b.{0,30}\b(?:he|she|they) "
        r"(?:will|would|is going to|are going to|(?:says|said) (?:he|she|they) (?:will|would)) (?:kill|hurt|harm) "
        r"(?:himself|herself|themselves)\b",
        r"\b(?:told|tells|telling) (?:the kids|the children|our (?:kids|children|son|daughter)|everyone|me|my family)\b.{0,20}\bi "
        r"am (?:the reason|why) (?:he|she|they) (?:will|would|is going to|are going to|wants? to) (?:kill|hurt|harm) "
        r"(?:himself|herself|themselves)\b",
        r"\b(?:he|she|they) (?:has |had )?told (?:my (?:boss|manager|work|colleagues|friends|family|mum|mom|dad|parents|sister|"
        r"brother|doctor|gp)|everyone|people|the (?:doctor|police|school|social workers?)|social services) (?:that )?i (?:was|am|was "
        r"being|have been) (?:mentally ill|insane|unstable|psychotic|delusional|dangerous|a danger|unfit|an unfit (?:mother|"
        r"father|parent))\b",
        r"\btold (?:my family|everyone|my friends|people|the doctor|my (?:mum|mom|dad|parents|sister|brother)) (?:that )?i am (?:mentally ill|crazy|mad|insane|unstable|psychotic|delusional)\b", r"\b(?:keep|keeps|kept|took|take|takes|hold|holds|hide|hides|hid|confiscated?) my (?:bank card|bank cards|cards|passport|"
        r"wages|salary|documents|benefits)\b" + _ERRAND + _NOT_MINE_TO_KEEP, r"\bgive(?:s)? me (?:\w+ )?(?:quid|pounds|dollars|euros|bucks) a (?:week|month|day)\b",
        r"\b(?:decides|decide|controls|control|chooses) (?:who|where|what) i (?:can|am allowed to|may)\b",
        r"\bmade me (?:quit|give up|leave) my (?:job|friends|family|studies)\b" + _AGREED, r"\bso i would depend on (?:him|her)\b",
        r"\b(?:send|show) (?:him|her) (?:photos|pictures|proof) of where i am\b", r"\bmonitors? (?:everything|all) i do\b",
        r"\b(?:keeps|locks|locked|hides) my (?:documents|passport|papers|id|money)\b", r"\bneed (?:his|her) permission (?:to|before|for) (?:i )?(?:go|going|leave|leaving|see|seeing|spend|spending|buy|"
        r"buying|eat|eating|call|calling|visit|visiting|talk|talking|wear|wearing|have|having|get|getting|anything|everything)\b"
        + _NOT_OVERSEEN,
        r"\bdeletes? my (?:contacts|friends)\b", r"\bso i can not (?:reach|call|see|talk to) anyone\b",
        r"\b(?:he|she|they|you)(?: has| have| had| is| are)? (?:put|puts|installed|installs|hid|hides|fitted|planted) "
        r"(?:cameras?|a camera|spyware|a tracker|trackers|a gps tracker|a tracking app|an app)\b" + _GUARDING,
        r"\b(?:trackers?|gps trackers?|cameras?|spyware|tracking app|app) (?:that |which )?(?:you|he|she|they) (?:put|hid|"
        r"installed|fitted|planted|had put|had hidden) (?:on|under|in|inside) my\b" + _GUARDING,
        r"\bto (?:watch|spy on|track|follow|record) me\b",
        r"\b(?:take|taking|took) the (?:kids|children|baby)\b.*\bnever see (?:them|the kids|the children|her|him) again\b",
        r"\b(?:take|taking|took) the (?:kids|children|baby)\b.{0,30}\bwhere (?:you|he|she|they|no one|nobody) (?:will|would|can|"
        r"could) never find (?:them|us|her|him)\b",
        r"\btook my (?:passport|id|papers|documents|car keys)\b" + _ERRAND + _SOBER,
        # a phone checked is asked about (WORRYING: a grievance of many quarrels, "you check my phone every time I go to the
        # loo"); with what enforces it, it stops: "she reads every message and if I delete one she takes my phone"
        r"\b(?:checks|check|checking|goes through|went through|go through|reads|read) (?:all |every )?(?:my )?(?:phone|"
        r"messages?|texts?|emails?)\b.{0,50}\b(?:(?:takes|took|smash\w*|breaks|broke|hides|hid) (?:my phone|the phone|it|them|"
        r"my laptop)|will not let|would not let|hits|hit me|punish\w*|locks? me|locked me)\b",
        r"\b" + _HOLDER + r" (?:controls|control|took|takes|keeps|kept|has taken) (?:all )?(?:of )?(?:my|our|the) (?:money|"
        r"bank cards?|finances|paycheck|salary|wages|benefits|id)\b" + _ERRAND + _AGREED + _NOT_MINE_TO_KEEP,
        r"\b(?:i am|i was|i have been|we are) not allowed to (?:(?:see|talk to|call|visit|speak to|ring|phone|have) " + _KIN
        + r"|(?:see|talk to|speak to) (?:a|my|the) (?:doctor|gp|nurse|midwife|therapist|counsellor|counselor|health visitor) "
        r"(?:alone|on my own|without (?:him|her|them))|leave(?! (?:work|the office|early|before|until))|go (?:out|anywhere)(?! (?:on|until|before|after|while|during|"
        r"with (?:the|my) (?:team|work|class))\b)|have (?:friends|money|my own money|a phone|my own phone|a bank account|my "
        r"own (?:bank account|key|car))|work|get a job)\b"
        r"(?! on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|school nights))" + _AGREED
        + _NOT_OVERSEEN,
        r"\b(?:(?:i|we) (?:have|had|need|needed) to|(?:i|we) must|makes me|made me|make me) ask (?:his |her |their )?"
        r"(?:permission|for permission) (?:to|before|for)\b" + _NOT_OVERSEEN, r"\bisolat(?:es|ed|ing) me\b",
        r"\b(?:he|she|they) (?:monitors|tracks|follows|spies on|is spying on|is following|is stalking|stalks) (?:me\b(?! on "
        r"(?:instagram|twitter|social|facebook|tiktok|strava))|my (?:location|phone|car|messages|calls|every move|movements|"
        r"whereabouts|emails|texts)\b)",
        r"\b(?:spyware|a tracker|trackers|a gps tracker|a tracking app|hidden cameras?) (?:on|in|under) my\b" + _GUARDING,
        r"\b(?:" + _HOLDER + r" (?:forbids|forbade|has forbidden|had forbidden|forbid) me|i am forbidden|i was forbidden) (?:to|"
        r"from) (?:see|seeing|leave|leaving|go out|going out|talk|talking|call|calling|visit|visiting|contact|contacting|speak|"
        r"speaking|work|working|have|having)\b" + _NOT_OVERSEEN,
        r"\bthreaten(?:s|ed|ing)? to (?:take (?:the (?:kids|children|baby)|them|my (?:kids|children|baby)) (?:away|and (?:leave|go|"
        r"disappear|run))|take (?:the (?:kids|children|baby)|them) from me|leave with|report me to (?:the )?(?:police|immigration|"
        r"social services|home office)|out me(?! as the (?:one|person))|ruin|kill|hurt|throw me out(?! of (?:the |his |her |"
        r"their |our )?(?:band|team|club|group|game|choir|car|shop|pub|meeting|class|gym|chat|league|quiz)))\b",
        r"\b(?:keeps|kept) me (?:locked|inside(?! (?:all day )?(?:with|because of) (?:the|a|my|this) (?:flu|cold|cough|virus|"
        r"rain|snow|heat))|in the house|at home (?:all|every|and|so|because (?:he|she)|when|if)|away from " + _KIN + r"|from "
        r"(?:seeing|leaving|going out|calling|talking to|having friends|working|getting a job|visiting))\b",
        r"\b(?:locked|locking|lock|locks|shut|shutting) (?:you|her|him|them|me) (?:in|inside) (?:the |a |your |her |his |my |our )?"
        r"(?:bathroom|bedroom|room|cupboard|closet|shed|garage|basement|cellar|loft|attic)\b" + _IN_PLAY + _ACCIDENT,
        r"(?<!would )(?<!will )(?<!to )\b(?:takes|took|take|taking|hides|hid|hiding|smashed|smashes|broke|breaks) my "
        r"(?:phone|keys|car keys|passport|money|cards?|bank cards?|wallet|id|papers|documents)(?: and my (?:phone|keys|car keys|"
        r"passport|money|cards?|bank cards?|wallet|id))?(?: away)?"
        r"(?= (?:so (?:that )?i (?:can not|could not|am not able to|was not able to|would not be able to|have no way to) "
        r"(?:leave|go|call|get out|see|escape|reach|ring|phone|contact|talk|get help)|and (?:will not|would not|does not|"
        r"did not|refuses to|refused to|never) (?:give|gives) (?:it|them) back|(?:every time|whenever|when) (?:we|i) (?:argue|"
        r"fight|row|disagree|try to leave|want to leave|say no))\b)" + _SOBER,
        r"\bso (?:that )?i (?:can not|could not|was not able to) (?:call|ring|phone|get) (?:for )?help\b",
        r"\b(?:will not|does not|do not|never) lets? me (?:(?:see|call|visit|ring|phone) (?:" + _KIN
        + r"|(?:a|the|my) (?:doctor|gp|lawyer|solicitor|counsellor|therapist)|the police)|(?:talk|speak) to (?:" + _KIN
        + r"|(?:a|the|my) (?:doctor|gp|lawyer|solicitor|counsellor|therapist)|the police)"
        # (talking to someone *about* something is a quarrel over a topic: "you won't let me talk to the GP about it")
        r"(?! about(?! (?:the|my|her|his|these|those) (?:bruis\w*|injur\w*|marks?|cuts?|burns?|black eyes?|ribs?|arm|wrist)))"
        r"|leave(?! (?:the table|work|early|the room without))|go out|go anywhere|out(?: of (?:the house|the flat|the bedroom|"
        r"my sight|his sight|her sight))?(?=\s*(?:[,.!?;]|$|and|until|unless|for))|have (?:my own|any) (?:money|friends|"
        r"phone)|work|use the phone)\b"
        # (not a sulk: "you never let me go out with my friends without sulking for a day")
        + _nowhere(r"without (?:sulking|a sulk|moaning|complaining|a fuss|a row|an argument|a face|pouting|a guilt trip|"
                   r"texting|asking|checking in)"),
        r"\block(?:s|ed)? me in\b" + _NOT_A_THING + _IN_PLAY,
        r"\block(?:s|ed)? me out\b" + _NOT_A_THING + r"(?=.*\b(?:all night|overnight|for hours|in the (?:snow|cold|freezing)|until i|"
        r"in my (?:nightie|nightdress|pyjamas|pajamas|underwear|socks)|with no (?:shoes|coat)|as (?:a )?punishment)\b)",
        r"\b(?:he|she|they) (?:tracks|tracked|is tracking|watches) my (?:location|phone|car)\b" + _AGREED, r"\btracker on my (?:car|phone)\b" + _GUARDING, r"\b(?:shows|turns|showing|turning) up wherever i (?:go|am)\b",
        r"\breads? all my (?:messages|texts|emails)\b(?! over my shoulder| on the (?:group|family|team) chat| out loud| to me"
        r"| for me)",
        r"\bpunish(?:es)? me\b(?! (?:by|with) (?:not (?:talking|speaking)|ignoring|sulking|going quiet|the silent treatment|silence"
        r"|giving me the silent treatment))(?!.*\bsilent treatment\b)",
        r"\bif i (?:ever )?(?:tell|told) anyone\b(?=.*\b(?:kill|hurt|beat|hit|regret|sorry|pay for|punish\w*|take the kids|never "
        r"see|end up|do something|lose the kids|disappear|make me|(?:say|says|tell (?:them|everyone|the police)) (?:that )?i|"
        r"report me|accuse me)\b)(?!.*\b(?:secret|surprise|engagement|party|present|gift|"
        r"spoiler|birthday|proposal|pregnan\w*|score|ending)\b)",
        r"\b(?:said|says|told me|tells me|warned me|warns me|threatened|threatens|or|otherwise) (?:that )?i will regret it\b",
        r"\b(?:take|taking) the (?:kids|children|baby) and (?:disappear|leave|run|vanish)\b",
        r"\bif i do not (?:obey|do what (?:he|she) says)\b(?! the rules)(?!.*\b(?:grounded|as a kid|as a child|growing up|at "
        r"school|detention|teacher)\b)",
        r"\b" + _HOLDER + r" controls? all (?:the|my|our) money\b" + _AGREED,
 r"\bcut me off from (?:my )?(?:family|friends)\b",
    ),
    "fear for safety": (
        r"\b(?:scared|afraid|terrified|frightened|worried|think|convinced|know|sure|feel like)\b.{0,20}\b(?:he|she|they|my "
        r"(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father))(?: is going to| will| is gonna| might| would| could) "
        r"(?:actually |really |one day |eventually )?kill me\b(?!.*\b(?:dent|bill|mess|price|cost|receipt|tattoo|haircut|"
        r"scratch|score|present|surprise|shopping|credit card|spent|spend|late|forgot|forget|broke|broken|lost|found out about "
        r"the|failed|fail|exam|test|crashed|bought|results)\b)",
        r"\btoo (?:scared|afraid|frightened|terrified) (?:to|of) (?:refuse|say no|saying no|leave|leaving|tell anyone|go home|fight back)\b",
        r"\b(?:afraid|scared|terrified|frightened) (?:he|she|they) will find me\b", r"\bfind me if i (?:leave|run|go)\b",
        r"\b(?:afraid|scared|terrified|frightened) (?:of )?what (?:he|she|they) (?:will|might|would|could) do\b",
        r"\b(?:afraid|scared|terrified|frightened) for (?:my|our|the kids|the childrens|my childrens|my kids) "
        r"(?:life|lives|safety)\b",
        r"\b(?:afraid|scared|terrified|frightened) (?:to|of) (?:(?:be|being) (?:home|alone with (?:him|her))|(?:go|going) home "
        r"to (?:him|her))\b",
        r"\b(?:do not|not|never) feel safe (?:at home|with (?:him|her)|around (?:him|her)|in my own (?:home|house))\b",
        # "I don't feel safe going home tonight" (being scared to go home is asked about: a mother-in-law staying, the
        # shopping not done)
        r"\b(?:do not|not|never) feel safe (?:going|to go|going back|to go back) (?:home|back there|back to (?:him|her|the house|"
        r"the flat))\b(?!.*\b(?:driving|cycling|motorway|on the road|walk\w*|car park|on the (?:bus|train|tube|night bus)|in the "
        r"dark|alone at night|taxi|uber)\b)",
        r"\b(?:he|she) (?:scares|terrifies|frightens) me\b", r"\b(?:bag|suitcase) (?:packed|ready)\b",
        r"\b(?:escape plan|safe house|womens shelter|restraining order|protective order)\b",
        r"\bsleep(?:ing)? with (?:a knife|the door locked|my door locked)\b(?!.*\b(?:kidding|joking|burglar\w*|break in|neighbour\w*|"
        r"draught|the cat|the dog|hotel|hostel)\b)",
        r"\b(?:afraid|scared|terrified|frightened) (?:he|she|they) (?:will|might|would|is going to|could) (?:do something|snap)\b",
        r"\b(?:afraid|scared|terrified|frightened|fear) (?:that )?(?:he|she|they|you) (?:is|are|will|would|might|is going to|"
        r"are going to)(?: really)? (?:kill|hurt|hit|attack|beat|strangle|choke|stab|shoot) (?:me|us|the kids)\b",
        r"\b(?:afraid|scared|terrified|frightened) (?:for|of) my (?:life|safety)\b", r"\bfear for my (?:life|safety)\b",
        r"\b(?:afraid|scared|terrified|frightened) (?:of|to be (?:alone )?with) (?:him|her|my (?:husband|wife|partner|"
        r"boyfriend|girlfriend))\b",
        r"\b(?:bag|suitcase) packed in case\b",
        r"\bin case i (?:need|have) to (?:run|leave fast|get out|escape)\b",
        r"\b(?:afraid|scared|terrified|frightened) (?:he|she|they) will (?:hurt|hit|kill) me\b",
        r"\bhide (?:from (?:him|her)|because i am (?:afraid|scared))\b", r"\bnot safe (?:at home|with (?:him|her))\b",
    ),
    "health in danger": (
        # eating starved or purged: "I haven't eaten in five days and I'm making myself sick after anything I do eat"
        r"\b(?:making|make|made|makes) myself (?:sick|throw up|vomit|puke)\b(?! (?:with|from|over|about|worrying|laughing|"
        r"thinking|on|by eating|eating))",
        r"\b(?:binge\w* and purg\w*|purging|laxatives? (?:every|to lose|so i)|throwing up (?:on purpose|after (?:every|each|"
        r"anything|meals)))\b",
        r"\b(?:have not|has not|had not) eaten (?:anything |properly )?(?:in|for) (?:\w+ )?(?:days|a week|weeks)\b.{0,40}\b(?:"
        r"on purpose|so i|weigh\w*|fat|thin|lose|control|do not deserve|will not let myself)\b",
        r"\beating disorder\b.{0,60}\blost (?:another|more|even more|\w+) (?:stone|pounds|kilos|kilograms|weight)\b",
        # drink or drugs put in the way of harm: "I've been drinking a litre of vodka a day and driving the kids to school"
        r"\b(?:litre|liter|bottle|bottles|half a bottle) of (?:vodka|gin|whisky|whiskey|rum|wine) (?:(?:a|every|per) )?day\b"
        r"(?! (?:trip|out|off|at the races|party))",
        r"\boverdosed (?:twice|three times|again|\w+ times)\b",
    ),
    "thoughts of harming someone": (
        r"\b(?:thoughts?|thinking|thought|images?|urges?) (?:of|about) (?:smothering|suffocating|drowning|shaking|hurting|harming|"
        r"dropping|stabbing) (?:her|him|the baby|my baby|our baby|them|my (?:son|daughter|child|kids)|the (?:kids|children))\b"
        r"(?! (?:off|round|over|at|with|in at|back|feelings|chances|pride|career|reputation|business))",
    ),
    "harm to children": (
        # a child taken into the water: "I've been thinking about walking into the sea with the baby"
        r"\b(?:walk|walking|walked|drive|driving|drove|jump|jumping) (?:into|in|off) (?:the|a) (?:sea|river|lake|canal|water|"
        r"bridge|cliff|quarry)\b.{0,10}\bwith " + _KID + r"\b" + _nowhere(r"paddl\w*|swim\w*|splash\w*|wellies|beach|bucket|"
                                                                       r"picnic|holiday|waves|shallow"),
        # a baby's food held over someone: "He holds the baby's formula hostage until I do what he says"
        r"\b(?:holds?|held|keeps?|kept|withholds?|withheld|hides?|hid|locks? up|locked up) (?:the )?(?:babys|babies|kids|"
        r"childrens) (?:formula|milk|food|nappies|diapers|medicine)\b.{0,20}\b(?:hostage|until|unless|to make me|if i)\b",
        # food kept from children as punishment: "She makes the kids go without dinner when they upset her, for days"
        r"\b(?:makes?|made|making) " + _KID + r" (?:go|went) without (?:dinner|tea|food|meals?|eating|lunch|breakfast)\b"
        r".{0,40}\b(?:punish\w*|upset|annoy\w*|cross|angry|for days|all day|for a day|for two days)\b",
        # a grown-up in a child's room at night: "My mum's boyfriend comes into my room at night and I'm twelve"
        r"\b(?:(?:mum|mom|mother)s boyfriend|stepdad|stepfather|step dad|step father|uncle|lodger|(?:mum|mom|mother)s "
        r"partner)\b.{0,20}\b(?:comes|keeps coming|gets|creeps|crept) into (?:my|her|his|their) (?:room|bed|bedroom) at night\b"
        r"(?! to (?:check|say|tell|get|wake|fix|bring|see|kiss|read))",
        r"\b(?:(?:mum|mom|mother)s boyfriend|stepdad|stepfather|step dad|step father|uncle|lodger|(?:mum|mom|mother)s "
        r"partner)\b.{0,20}\b(?:comes|keeps coming|walks|keeps walking|barges|keeps barging|comes in) (?:in)?to the bathroom "
        r"(?:when|while) (?:i am|she is|he is|they are|i was|she was) (?:in the (?:shower|bath)|showering|having a (?:bath|"
        r"shower)|undress\w*|getting (?:dressed|changed))\b"
        + _nowhere(r"lock|locks|mortified|embarrassed|apologi\w*|by mistake|by accident|did not know|knock\w*"),
        # "he put the baby down so hard on the changing table she screamed for ages"
        r"\b(?:put|puts|threw|throws|dropped|drops|slammed|slams|plonked|dumped) " + _KID + r" (?:down )?(?:\w+ ){0,4}so "
        r"(?:hard|roughly)\b",
        # "He whips the kids with a belt when they talk back"
        r"\b(?:whips|whipped|whipping|beats|beat|beating|hits|hitting|belts|belted|straps|strapped|thrashes|thrashed) "
        + _KID + r" with (?:a|the|his|her|their|my) (?:belt|strap|cane|stick|cord|cable|wooden spoon|hanger|slipper|shoe|"
        r"wire|switch)\b",
        # a day's drinking, then the children driven: "She drinks all day and then drives the kids to swimming"
        r"\b(?:drinks|drank|been drinking|drinking) (?:all day|all afternoon|all evening|since lunch(?:time)?|since (?:the )?"
        r"morning|from (?:the )?morning|every day|all weekend) and (?:then )?(?:drives|drove|drive|takes|took|picks up|picked up|"
        r"collects|collected) " + _KID,
        r"\b(?:touches|touched|touching|used to touch|keeps touching) me\b(?=.*\b(?:not to tell|do not tell|our (?:little )?"
        r"secret|nobody will believe|no one will believe|private parts|where (?:he|she) should not)\b)",
        r"\b" + _KID + r" (?:has|had|have|came home with) (?:\w+ ){1,2}(?:burns|welts|belt marks)\b(?!.*\b(?:sun|oven|"
        r"cooker|kettle|iron|bath|fire|playground|school|nursery|football|rugby)\b)",
        r"\b(?:held|holds|dangled|dangles|hung|hangs) " + _KID + r" (?:out of|over|off) (?:the|a) (?:window|balcony|railings?|"
        r"bridge|banister)\b(?=.*\b(?:scare|frighten|punish|threat\w*|teach|until|screamed|crying|cried)\b)",
        r"\b(?:puts|put|locks|locked|shuts|shut) " + _KID + r" in (?:a|the) (?:dark )?(?:cupboard|closet|cellar|basement|shed|cage)\b(?!.*\b(?:hide and "
        r"seek|game|play\w*|hiding|fort|den|get|fetch|find)\b)",
        r"\b(?:hit|smacked|slapped|kicked|punched|shook|shoved|whacked) (?:\w+ )?so hard (?:that )?(?:she|he|they|it)\b", r"\b(?:handprint|hand print|belt marks|finger marks)s? on (?:her|his|their|the)\b", r"\b(?:drive|drives|drove|driving|driven) (?:with )?(?:the kids|the children|our kids|our children|the baby|them|my kids|your kids)\b(?: \w+){0,5} " + _IMPAIRED + r"\b",
        # driving the children, or fetching them, drunk or high, in any of the words for it ("after six pints", "off his face")
        r"\b(?:drive|drives|drove|driving|driven)\b.{0,40}\b" + _IMPAIRED + r"(?=.*\b" + _KID + r"\b)" + _SOBER,
        r"\b(?:kids|children|baby|son|daughter|boys|girls|little ones?)\b.{0,60}\b(?:drive|drives|drove|driving|driven)\b.{0,40}\b"
        + _IMPAIRED + _SOBER,
        r"\b(?:was|is|were|gets|got|been) " + _IMPAIRED + r" (?:when|while|and) (?:he|she|they|you) (?:\w+ )?(?:picked|picks|"
        r"picking|collected|collects|collecting|fetched|fetches|drove|drives|driving|took|takes|taking|looked after|looks after|"
        r"was looking after|minded|minds|had|has) (?:up )?" + _KID + r"\b",
        r"\b(?:slaps|smacks|kicks|punches|chokes|burns|shakes) " + _KID + r"\b(?! hands? away)",
        r"\bpunish\w* " + _KID + r" by (?:not feeding|starving|locking|hitting|beating|burning)\b",
        r"\block(?:s|ed|ing)? " + _KID + r" (?:in|out)\b(?!.*\b(?:for a (?:second|minute|moment|few minutes)|while i (?:pay|pop|"
        r"run|get|grab|fill))\b)", r"\btouch\w* " + _KID + r" in (?:a way|ways)\b",
        r"\b" + _KID + r" (?:has|have|had|came home with) (?:bruises|marks|burns|welts|injuries)\b",
        # a hurt child, and nobody says how
        r"\b" + _KID + _nowhere(r"football|rugby|hockey|netball|playground|school|nursery|trampoline|bike|climbing|sports?|"
                                 r"match|training|fell off|tripped|game|probably") + r" (?:has|had|have|got|came (?:home|back)(?: from [\w' ]{1,25})? with) (?:a |an )?(?:\w+ )?(?:bruises?|"
        r"marks?|burns?|cuts?|black eye|split lip|welts?)\b.*\b(?:(?:will|would|does|did) not|can not|could not|refuses? to|"
        r"refused to) (?:say|tell|explain|talk about it)\b",
        r"\b(?:touch|touches|touched|touching) " + _KID + r" (?:inappropriately|sexually|in a (?:sexual|wrong))\b",
        r"\b(?:leaves|left|leave) " + _KID + r" alone (?:(?:in the (?:house|flat|car)|at home) )?(?:for (?:hours|days|the (?:night|day|weekend|whole)|a (?:whole )?(?:day|"
        r"night|weekend))|all (?:day|night|weekend))\b",
        r"\b(?:leaves|left|leave) " + _KID + r" alone\b(?=.*\b(?:drink\w*|drunk|pub|bar|went out|goes out|party|overnight|"
        r"while (?:he|she|they) (?:went|goes|was|is))\b)",
        r"\b(?:lost it|lose it|snapped) and (?:hit|hurt|shook|grabbed|slapped|smacked|threw)\b",
        r"\b(?:harm|kill) " + _KID + r"\b",
        r"\b(?:hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|shake|shakes|shook|shaking|burn|burned|burns|"
        r"punch|punched|kick|kicked|choke|choked|slap|slapped|smack|smacked) " + _KID + r"\b(?! hands? away)(?! (?:at|in) "
        r"(?:\w+ ){0,2}(?:games?|board games?|cards|chess|draughts|checkers|monopoly|scrabble|football|tennis|swimming|races?|"
        r"running|mario ?kart|fifa|quizzes|trivia)\b)",
        r"\b(?:bruises|marks|welts|burns) on (?:him|her|them|" + _KID.replace("(?:the|our|my|your|his|her) ", "(?:the|our|my) ")
        + r")\b",
        r"\bleft (?:bruises|marks) on\b", r"\btouch(?:es|ed|ing)? " + _KID + r" in ways\b",
        r"\b" + _KID + r" (?:is|are) (?:afraid|scared|terrified) of (?:him|her|their (?:dad|father|mom|mother))\b",
        r"\b(?:sexually )?abus(?:e|es|ed|ing) " + _KID + r"\b",
        # a child who tells of being touched or hurt by a grown-up ("our daughter said her uncle touches her")
        r"\b" + _KID + r" (?:said|says|told (?:me|us|(?:her|his|their|the|a) \w+)|is saying|keeps saying)(?: that)? "
        + _GROWN_UP + r" (?:\w+ )?(?:touches|touched|touching|hurts|hurt|hurting|hits|hit|hitting|beats|beat|smacks|smacked|"
        r"slaps|slapped|kicks|kicked|chokes|choked|burns|burned) (?:her|him|them)\b(?! (?:hair|phone|drawing|toys?|things|"
        r"stuff|shoulder|arm|hand|head|back|cheek|nose|feelings)\b)(?!.*\b(?:accident\w*|by mistake|game|tag|tickl\w*|"
        r"playing|play fight\w*|feelings)\b)",
    ),
}

WORRYING: tuple[str, ...] = (
    # a phone checked, told of someone not in the room ("you check my phone every time I go to the loo" is a quarrel's)
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|ex)) (?:checks|goes through|went through|checked|reads) "
    r"(?:all )?my (?:phone|messages|texts|emails?)(?: every| all| constantly| and)\b",
    # "I've hidden the kitchen knives because of what you said you'd do"
    r"\b(?:hid|hidden|hide|hiding|locked away|lock away|locked up|put away) (?:all )?(?:the|my|our|his|her) (?:kitchen )?(?:knives|"
    r"knife|guns?|pills|tablets|medication|razors?|blades?|car keys)\b.{0,40}\bbecause of (?:what )?(?:you|he|she|him|her)\b",
    r"\b(?:want|wanted) to disappear\b(?! (?:for|to|under|into|on|off|from|with|in|at|behind|like|when|after|because|every "
    r"time|whenever|through)\b)",
    # a weapon held by a partner, told as a sign of worse to come
    r"\b(?:he|she|they) (?:had|has|got|pulled|grabbed|picked up|came at me with|comes at me with) (?:a|the|his|her) (?:knife|"
    r"gun|blade|machete)\b(?!.*\b(?:kitchen|carv\w*|chop\w*|cut\w* (?:the|some|up|it)|bread|cook\w*|dinner|peel\w*|fishing|"
    r"camping|hunting|shooting|clay|licen[cs]e|cabinet|toy|water|nerf|costume|prop|parcel|box|boxes|open\w*|packag\w*|work|"
    r"pocket ?knife|penknife|stanley)\b)",
    # means or a warning, said in everyday words: "there's a shotgun in the loft", "I'm warning you"
    r"\b(?:gun|shotgun|rifle|pistol|knife|knives|machete|rope|pills|tablets|poison) (?:is |are )?(?:in|under|at|up in|out in) "
    r"(?:the|my|his|her|our|your) (?:garage|loft|attic|shed|drawer|car|bedside|cupboard|wardrobe|glovebox|safe|basement)\b",
    r"\b(?:bought|got|buy|have|found|hid|hidden|keep) (?:a |the |some )?rope\b(?!.*\b(?:for|to (?:tie|climb|pull|tow|"
    r"hold|secure|fix|hang (?:the|a|up|out)))\b)",
    r"\blife insurance\b(?=.*\b(?:after|when i am (?:gone|not here)|without me|be (?:fine|okay|taken care of)|pays? out)\b)",
    r"\bi (?:stood|was standing|keep standing|have been standing|sat|was sitting) on (?:the|a|that) (?:bridge|ledge|edge)\b"
    r"(?!.*\b(?:photos?|pictures?|selfies?|view|watch\w*|sunset|fireworks|tour|bus|train|wait\w* for|with (?:you|him|her|"
    r"the kids|friends))\b)",
    r"\bi am warning you\b", r"\bsleep with one eye open\b(?!.*\b(?:baby|kids|poorly|ill|sick|fever|teething|newborn|puppy|"
    r"burglar\w*)\b)", r"\b(?:burn|crash|set fire to|torch|blow up|smash|sink|do to it|do to the (?:car|house))\w*\b.{0,40}\bwith "
    r"(?:you|me|us|the kids) (?:still )?(?:in it|inside)\b",
    r"\bi know where you (?:live|sleep)\b(?!.*\b(?:casserole|dish|book|borrowed|return|coffee|tea|cake|present|parcel|"
    r"round (?:for|with))\b)",
    # owned inside an apology or a repair, weaker than a blow: asked about
    r"\b(?:i|you|he|she|they|and) (?:would not|did not|will not|never) let (?:you|me|her|him) (?:leave|go out of|get out of|out "
    r"of) (?:the |this |our |my )?(?:house|flat|room|home|car|bedroom|bathroom)\b(?! without (?:a |your |her |his |my )?(?:coat|jacket|umbrella|breakfast|"
    r"keys|phone|shoes|hat|scarf|gloves|lunch))",
    r"\bso (?:you|she|he) (?:could not|can not|could never|would not be able to) (?:call|reach|phone|ring|text|contact|talk to|"
    r"tell) (?:anyone|anybody|the police|your (?:mum|mom|family|sister|brother|friends))\b",
    r"\b(?:followed|follow|following|follows) (?:you|her|him)\b.{0,40}\b(?:waited|waiting|sat|sitting|parked|stood|"
    r"standing) outside (?:your|her|his|their) (?:\w+ )?(?:house|flat|work|office|friends|friend|place|gym|school)\b"
    r"(?!.*\b(?:surprise|lift|pick (?:you|her|him) up|collect|birthday|lunch|flowers)\b)",
    r"\bevery time (?:he|she|they) (?:hurts|hits|hurt|hit) me\b(?! (?:with (?:words|what|(?:his|her|their) words)|by|in (?:the|an) "
    r"argument|where it hurts))",
    r"\b(?:promised|promises|swore|swears|said) (?:he|she|they) (?:would|will) never (?:hit|hurt|touch|put (?:his|her|their) "
    r"hands on|lay a (?:hand|finger) on) me again\b",
    r"(?<!not )(?<!never )(?<!no longer )(?<!not as )(?<!not that )\b(?:scared|afraid|frightened|terrified) of you\b"
    r"(?! (?:\w+ing|when you (?:cook|drive|dance|sing)|on (?:a|the) (?:dance floor|bike|road))\b)",
    r"\b(?:sorry|apolog\w*|forg[ai]v\w*|regret\w*)\b.{0,40}\b(?:the|those|my|your|her|his) (?:black eye|bruises|bruise|broken "
    r"(?:wrist|arm|nose|ribs?|jaw)|split lip)\b(?!.*\b(?:football|rugby|match|game|fall|fell|bike|skat\w*|ski\w*|climb\w*|"
    r"boxing|karate|training|trampoline|playground)\b)",
    r"\b(?:punched|hit|kicked|smashed|slammed|put my fist through) (?:the|a) (?:wall|door|window|cupboard)\b.{0,20}\b(?:next "
    r"to|beside|by|near|inches from|right by) (?:your|my|her|his) (?:head|face)\b",
    r"^(?!.*\b(?:baby|toddler|llama|camel|alpaca)\b).*\b(?:spat|spit|spitting) (?:in|at) (?:your|her|his|my) face\b",
    r"\byou will (?:end up|be) in (?:a e|hospital|the hospital|the er|an ambulance|a wheelchair|the ground|a grave|intensive "
    r"care)\b(?!.*\b(?:" + _HEALTH + r"|liver|lungs|pressure|fall|allerg\w*|cold|flu|fever)\b)",
    r"\byou will (?:really |truly )?be sorry\b(?! (?:you|that|if|when you|for|about|tomorrow|in the morning)\b)(?!.*\b(?:trip|"
    r"cook\w*|clean\w*|dishes|washing|bins|laundry|shopping|holiday)\b)",
    r"\b(?:i will|i am going to|i swear i will|i would|i will just) (?:hunt|track) (?:you|him|her|them) down\b(?! if you (?:eat|"
    r"take|touch|forget|finish|drink|use|borrow|spoil|lose|break|move|wear|steal|hog|are late|do not (?:return|give back|pay|"
    r"bring back|call|text))\b)",
    r"\b(?:keys|car keys|phone|wallet|wedding ring|ring|lead)\b.{0,50}\bwith a (?:note|letter) (?:for|to) (?:you|the kids|"
    r"everyone)\s*,?\s*$",
    r"\b(?:makes|made|make) " + _KID + r" (?:stand|sit|stay|sleep|wait|kneel) (?:\w+ ){0,4}(?:for hours|all night|in the cold|"
    r"without (?:food|dinner|eating|water))\b(?!.*\b(?:homework|practi[cs]\w*|revis\w*|football|tidy\w*|car|trip|drive)\b)",
    r"\block(?:s|ed|ing)? (?:the dog|the dogs|the cat) and " + _KID + r" in\b",
    r"\b(?:held|holds|dangled|dangles|hung|hangs) " + _KID + r" (?:out of|over|off) (?:the|a) (?:window|balcony|railings?|"
    r"bridge|banister)\b(?!.*\b(?:to see|could see|to wave|to look|ducks|view|fireworks|parade|wave)\b)",
    r"\bnever know (?:which|what) (?:mood|version of (?:him|her)|state) (?:he|she|they) will be in\b",
    r"\bchanged the locks\b.{0,30}\b(?:he|she|they) (?:still )?(?:gets|got|comes|came|keeps getting|keeps coming) in\b",
    r"\b(?:left|leaves|leave) (?:our|my|the|his|her) (?:\w+ ){0,3}(?:year old|kids?|son|daughter|boy|girl|children)\b.{0,30}"
    r"\bin charge of\b.{0,30}\b(?:all night|overnight|all day|for hours|for days|alone)\b",
    r"\b(?:makes|made|make) (?:the|our|my|his|her) (?:boys|girls|kids|children|sons|daughters) (?:fight|hit|hurt|punch|slap|kick) "
    r"each other\b",
    r"\b(?:stockpil\w*|hoard\w*|collecting) (?:\w+ )?(?:paracetamol|painkillers|pills|tablets|sleeping pills|"
    r"codeine|insulin|aspirin)\b",
    r"\b(?:paracetamol|painkillers|pills|tablets|sleeping pills|codeine|aspirin)\b.{0,30}\bfrom (?:different|several|two|three|"
    r"a few|lots of) (?:shops|chemists|pharmacies|stores|supermarkets)\b",
    r"\bi (?:sat|stood|was sitting|was standing|keep (?:going|sitting|standing)|went up|climbed(?: up)?|have been (?:going|"
    r"sitting|standing)) (?:on|at|to|up to) the (?:roof|top|edge) of (?:the|a|that) (?:car park|multi storey|building|block|"
    r"tower|flats|cliff|bridge|quarry)\b(?!.*\b(?:photos?|pictures?|selfies?|view|watch\w*|sunset|sunrise|fireworks|tour|party|drinks|with (?:you|him|"
    r"her|the kids|friends))\b)",
    r"\b(?:bat|baseball bat|knife|hammer|gun|crowbar)\b.{0,20}\b(?:by|under|next to|beside) (?:the|my) (?:bed|pillow|door)\b"
    r".{0,30}\b(?:he|she|they|him|her)\b",
    r"\b(?:my|your) (?:duty|job) as (?:his|her|your|a) (?:wife|husband)\b(?!.*\b(?:joke|joking|laugh\w*|kidding|funny)\b)",
    r"\bhand (?:over )?(?:my|all my|all of my) (?:wages|salary|pay|money|benefits|paycheck)\b(?!.*\b(?:budget|we agreed|i asked)\b)",
    r"\bor (?:i get|i will get|i am|there is) (?:a beating|punished|hit|hurt|slapped|locked out)\b",
    r"\b(?:hid|hides|took|takes|withholds?|withheld|threw away|flushed) my (?:insulin|medication|meds|inhaler|epipen|"
    r"prescription|wheelchair|crutches|hearing aids?)\b(?!.*\b(?:kids|children|baby|toddler|dog|safe|by mistake)\b)",
    r"\b(?:bruises?|burns?|marks|black eye|broken|split lip|cuts?|welts|stitches)\b.{0,40}\b(?:says|said|claims|claimed|told "
    r"(?:them|the doctor|the school)) (?:that )?(?:she|he|they) (?:fell|walked into|fell over|fell down|ran into)\b",
    r"\b(?:keep|one more|say that|do that|try that|push me|talk like that)\b.{0,40}\band you will (?:be going|go|end up|be "
    r"taken) (?:to|in) (?:a e|hospital|the hospital|an ambulance|the ground|a box)\b(?!.*\b(?:" + _HEALTH + r")\b)",
    r"\bwhen i hear (?:his|her|their) (?:car|key|keys|footsteps|van|truck|bike|voice)\b.{0,40}\b(?:shake|shakes|shaking|"
    r"freeze|froze|panic|terrified|dread)\b",
    r"\b(?:he|she|they)\b.{0,60}\bso (?:that )?i can not (?:call|reach|contact|phone|text|message|get help|get out|leave the "
    r"house)\b",
    r"^(?!.*\bif you (?:leave|forget|eat|drink|take|touch|use|finish|lose|break|spill|move|borrow|wear)\b).*\b(?:you|she|he) "
    r"(?:will|would|are going to|is going to) (?:regret|pay for) (?:it|this|that)\b(?!.*\b(?:tomorrow|morning|later|when you "
    r"see|once you see|bill|hangover|price|calories|diet|exam|test|interview|gym|run)\b)",
    r"\b(?:wrote|written|writing|left|leave) (?:a |some )?(?:letters?|notes?) (?:for|to) (?:the kids|the children|you all|everyone|"
    r"my (?:mum|mom|family|kids|children))\b(?! about| for school| for the teacher| school| teacher| nursery| class| club| coach)",
    r"\b(?:given|give|giving|gave) away (?:all )?(?:my|of my) (?:things|stuff|belongings|clothes|guitar|books)\b",
    r"\b(?:keep|keeps|kept|took|takes|hold|holds|hide|hides|hid) my (?:phone|car keys|keys|money)\b(?! again| this morning| by mistake)"
    r"(?!.*\b(?:as a joke|for a joke|for fun|to tease|to wind me up|for a laugh|scroll\w*|screen time|dropped|drop|lose|"
    r"lost|losing|by accident|accidentally)\b)" + _SOBER + _NOT_MINE_TO_KEEP,
    r"\bnobody (?:believes|will believe|would believe) (?:a word|me|anything)\b",
    # the cameras at home watched to see whom a partner saw
    r"\b(?:you|he|she|they) (?:check|checks|checking|checked|watch|watches|watching|watched|go through|goes through|going "
    r"through) (?:the )?(?:camera|cctv|doorbell) (?:footage|recordings?|videos?) (?:after|of me|to see (?:who|where|what|if|"
    r"whether) i|when i)\b",
    r"\b(?:wrote|written|writing|left|hid|hidden) (?:a |my |some )?goodbye notes?\b",
    r"\bnot feel safe\b(?!.*\b(?:driving|cycling|motorway|on the road|walking home|car park|on the (?:bus|train|tube))\b)"
    r"(?:\s+\w+){0,6}?\s+(?:sleeping|at night|in (?:the|this|our|my) (?:house|home|bed|room|flat)|"
    r"alone with|around (?:him|her|them)|near (?:him|her|them)|with (?:him|her|them))\b",
    r"\b" + _KID + r" (?:hide|hides|hid|hiding|cry|cries|flinch|flinches|freeze|freezes|are (?:scared|terrified|afraid)|"
    r"is (?:scared|terrified|afraid))\b(?! of (?:the dark|spiders|dogs?|the dog|thunder|fireworks|monsters|ghosts|clowns|"
    r"the hoover|the vacuum))(?!.*\b(?:ghost stor\w*|horror|scary (?:film|movie|story|stories)|tickle\w*)\b)"
    r".{0,40}\bwhen (?:he|she|their (?:dad|father|mum|mom|mother)|dad|mum|mom)\b",
    r"\b(?:lock|locks|locked|locking) me (?:in|out)\b" + _NOT_A_THING + _IN_PLAY, r"\b(?:won't|will not|does not|doesn't) let me (?:leave|go out|see|call|talk to)\b",
    # a way out taken in the mind: the wheel let go, the platform's edge, a goodbye said as if for the last time
    r"\blet go of the (?:steering )?wheel\b(?! (?:and|so) (?:let|i will) (?:me|you) drive)",
    r"\b(?:keep|kept|been|am|was) (?:standing|going|walking|sitting) (?:at|to|on|near|by) the edge of\b",
    r"\bedge of the (?:train )?(?:platform|tracks)\b(?:\s+\w+){0,3}\s+(?:closer|every day|every night|again)\b",
    r"\b(?:said|say|saying|told (?:\w+ ){0,2})goodbye (?:properly|for the last time|for real|for good)\b",
    # found wherever one goes; a chair against the door at night
    r"\bi will find you,? (?:wherever|where ever|no matter where|anywhere) you (?:go|run|hide|move|try)\b",
    r"\bif you (?:ever )?leave(?: me)?,? i will (?:find|hunt) you\b",
    r"\b(?:a |the )?chair (?:against|under|in front of) the (?:door|door handle|handle)\b",
    # eating, sleeping or going out only with a partner's leave
    r"\b(?:makes|made|make) me ask (?:for )?(?:his |her |their )?permission (?:to|before)\b",
    r"\b(?:only )?(?:lets|let) me (?:eat|sleep|go out|leave the house|shower|use the phone) (?:when|if) (?:he|she|they)\b",
    # a ninth set's families: going home feared, a phone threatened, a death that takes others with it, something put in a
    # drink, a punishment posture, a killing shouted, a home broken into by a partner
    r"\b(?:afraid|scared|terrified|frightened) (?:to|of) (?:go|going) home\b(?! to (?:the|that|a|all|my|our) (?!(?:him|her)\b))"
    r"(?!.*\b(?:shopping|washing|dishes|chores|have not done|forgot|mess|homework)\b)",
    r"\b(?:would|will|going to|threaten\w* to) (?:take|hide|smash|break) my (?:phone|keys|car keys|passport|money|cards|wallet)\b"
    r"(?=.*\bif i (?:ring|call|phone|text|see|talk|speak|go|leave|tell|visit|message)\b)",
    r"\bif i (?:go down|die|end it|go ?,)\b.{0,30}\b(?:taking|take) (?:you|the kids|the children|them|all of you|everyone|"
    r"us)\b.{0,30}\bwith me\b", r"\btak(?:e|ing) (?:you|them|all of you|everyone|the kids) (?:all )?down with me\b",
    r"\b(?:put|puts|slipped|slips) (?:something|pills|tablets|drugs) (?:in|into) my (?:drink|coffee|tea|food|dinner|water|wine)\b",
    r"\b(?:makes|made|make) me (?!.*\b(?:queue|traffic|airport|doctor|dentist|hospital|film|movie|meeting|concert|show|sofa|"
    r"couch|photo|match|game)\b)(?:kneel|stand|sit|sleep|stay|wait) (?:\w+ ){0,5}(?:for hours|for an hour|all night|as (?:a )?"
    r"punishment|until i (?:said|say|apologi\w+|begged)|for answering back)\b",
    r"\b(?:screaming|screamed|shouting|shouted|yelling|yelled|swore|swearing|kept saying) (?:that )?(?:he|she|they) (?:would|will|"
    r"is going to|was going to) kill (?:us|me|the kids|the children|everyone)\b(?!.{0,20}\bif\b)(?! (?:at|in|on)\b)",
    # a tenth set's families: a blade kept close, hiding where one cannot be found, the dark wished for, medication
    # stopped in secret, a bridge chosen for having no nets, a child made to eat off the floor
    r"\b(?:keep|kept|carry|carries|have) (?:a |my )?(?:razor|razor blade|blade|blades|knife)\b.{0,12}\b(?:in|under) my "
    r"(?:purse|bag|pocket|pillow|bra|drawer|sock)\b(?!.*\b(?:for (?:work|crafts?|the (?:garden|allotment|boxes|parcels|gym))|"
    r"stanley|craft|pen ?knife|swiss army)\b)",
    r"\bso (?:he|she|they|my (?:husband|wife|partner|ex)) (?:can not|could not|will not|would not) find (?:me|us)\b",
    r"\b(?:want|wish|wanted) (?:everything|it all|it|the world|things) to (?:go|stay|turn) (?:dark|black)\b(?!.*\b(?:room|"
    r"bedroom|lounge|house|blinds|curtains|lights?|screen|cinema|film)\b)",
    r"\bstopped (?:taking )?my (?:antidepressants|medication|meds|tablets|pills|lithium)\b(?=.*\b(?:not told|have not told|"
    r"did not tell|without telling|on purpose|what is the point|no point)\b)",
    r"\bbridge\b.{0,30}\b(?:does not have|has no|without) (?:the )?(?:nets|netting|barriers|fences?|railings?)\b(?!.*\b(?:"
    r"pigeons|birds|fish\w*|football|tennis|goals?|boats?)\b)",
    r"\b(?:do not|never) worry about (?:afterwards|after|what happens (?:after|next|then)|when i am gone)\s*,?\s*$",
    r"\b(?:makes|made|make) " + _KID + r" eat (?:off|from) the floor\b(?!.*\b(?:picnic|game|pretend\w*|camping|fun)\b)",
    r"\b(?:he|she|they|my ex)\b.{0,20}\b(?:broke|breaks|let (?:himself|herself|themselves)) into my (?:flat|house|home|"
    r"place)\b(?!.*\b(?:said (?:he|she|they) could|surprise|cake|present|breakfast)\b)",
    # an eleventh set's families: belongings handed on "just in case", a threat to the family's home, a plan with only
    # the day left to choose, a letter to be read "after"
    r"\bwho (?:should|will|would|can|is to|gets?|is going to) (?:get|have|take|keep|look after|inherit) my \w+(?: \w+){0,6}"
    r"\s*,?\s*(?:just in case|when i am (?:gone|dead)|after i am (?:gone|dead)|if anything (?:happens|were to happen) to me)\s*,?\s*$",
    r"\bknows? where (?:my|your|our|his|her) (?:\w+ ){0,2}(?:lives|live|sleeps|sleep)\b.{0,40}\b(?:make (?:her|him|them|you) "
    r"pay|hurt (?:her|him|them|you)|(?:get|sort) (?:her|him|them|you)|pay (?:her|him|them|you) a visit|come for|"
    r"(?:she|he|they|you) will be sorry|better watch)",
    r"\bi (?:have been|am|was) planning (?:it|this)\b.{0,40}\b(?:have not|not yet|just need to|still need to|yet to) (?:picked|pick|"
    r"chosen|choose|decided|set|settled on) (?:the|a|which) (?:day|date|time|night)\b(?! (?:for|of) )",
    r"\b(?:letter|letters|note|envelope)\b.*\b(?:read|open) (?:it|them) (?:after|afterwards|when i am gone|once i am gone|"
    r"when it is (?:over|done))\s*,?\s*$",
    # a thirteenth set's families, said inside the exercise (a check-in, a paraphrase, a review): an end foretold, a
    # razor thought about, tablets that led to a hospital, blades bought, fear of what a partner will do once the
    # session ends, goodbye messages written, a promise not to be here, a note already written, children to be taken
    # abroad for good, feeling safe only when a partner is out
    r"^(?!.*\b(?:dentist|exams?|tests?|appointment|injection|jab|surgery|operation|flight|renovation|builders|move|moving|meeting|"
    r"interview|party|wedding|holiday|trip|shift|labour|contractions|queue|traffic|match|game|season|winter)\b).*\b(?:it|this|"
    r"everything|all this) (?:will|is going to) (?:all )?be over (?:soon|shortly|before long)\s*,?\s*$",
    r"\bthinking about (?:the|a|my|those) (?:razor|razors|blade|blades|rope|pills|tablets|gun|bridge|train tracks|tracks|"
    r"platform|ledge)\s*,?\s*$",
    r"\b(?:hospital|a e|ambulance|stomach pumped)\b.{0,40}\b(?:took|swallowed|taken|had taken) (?:those|the|all (?:those|the|my)|"
    r"my|all of my) (?:tablets|pills|painkillers|sleeping pills)\b(?!.*\b(?:for (?:my|the|his|her) \w+|prescribed|antibiotics|"
    r"allerg\w*|reaction|side effects?|rash)\b)",
    r"\bbought (?:new |some |more |fresh )?(?:razor )?blades\s*,?\s*$",
    r"\b(?:frightened|scared|afraid|terrified) (?:of )?what (?:you|he|she|they) (?:will|would|might|is going to|are going to) do "
    r"(?:to me |to us |to the kids )?(?:when (?:this|the) session (?:ends|is over)|when we (?:get|are) home|after (?:this|the "
    r"session)|tonight|when we are alone)\b",
    r"\b(?:written|wrote|writing|write) (?:\w+ )?goodbye (?:messages?|letters?|notes?|texts?|emails?)\b(?!.*\b(?:"
    + _FAREWELL_ELSEWHERE + r"|work)\b)",
    r"\bcan not promise (?:that )?i will (?:still )?be (?:here|around|alive)\b(?!.*\b(?:" + _AWAY + r"|late|on time|gym|shops|shopping|office|work|meeting|school|pick\w* up|back)\b)",
    r"\balready (?:written|wrote|left|finished) (?:the|a|my) (?:note|letter|letters|notes)\s*,?\s*$",
    r"\bthreaten\w* to take (?:the|our|my) (?:kids|children|son|daughter|baby|boys|girls)\b.{0,30}\b(?:and never (?:bring|come)|"
    r"never (?:see|bring)|abroad|away (?:from me )?(?:for good|forever))",
    r"\b(?:feel|am|only feel|feel much) safer when (?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend)) (?:is|are) "
    r"(?:at work|out|away|not (?:home|here|around)|gone|asleep)\b",
)

BORDERLINE: tuple[str, ...] = (
    r"\bdied by suicide\b", r"\b(?:killed|kill) (?:himself|herself|themselves)\b", r"\bcommitted suicide\b",
    r"\bused to (?:hit|beat|hurt|abuse|choke|kick|slap)\b", r"\bdomestic (?:violence|abuse)\b",
    r"\bwalking on eggshells\b", r"\b(?:punched|hit|kicked) (?:the|a) (?:wall|door)\b",
    r"\b(?:grabbed|grabs|yanked|squeezed) (?:my|me by the) (?:arm|wrist|shoulder)\b",
    r"\bnervous when (?:he|she) drinks\b", r"\b(?:has|have) a (?:bad |terrible |scary )?temper\b",
    r"\brun away from everything\b", r"\btired of everything\b", r"\bnot suicidal\b",
    r"\b(?:was|were) (?:abused|assaulted|raped)\b", r"\babused (?:me|as a child)\b",
)

_YOUR_END = r"(?:(?:kill|murder|strangle|throttle) you|(?:break|wring|snap) your neck|break (?:both )?your (?:legs|arms))"
_A_THING = r"(?!(?:house|home|kids|children|baby|country|me|him|her|them|anyone|anybody|family|dog|cat)\b)"
"""What a threat over a chore is about: a thing, never a person, the home or the children."""

_WORDS_AS_BLOWS = (r"(?:that|this|those|these|your|his|her|the|all (?:your|his|her|those|that|the)) (?:\w+ )?(?:comments?|words?|"
                   r"remarks?|jokes?|questions?|looks?|tone|criticism|rules|demands|silence|news|bill|mistakes?|lies|"
                   r"accusations?|expectations|sarcasm|texts?|messages?|emails?|secrets?|stor(?:y|ies)|past|affair|decision)")
"""What a partner says or does that lands like a blow: "you punched me in the gut with that comment"."""

FIGURES: tuple[str, ...] = (
    r"\bjump(?:s|ed|ing)? out of (?:my|his|her|their) skins?\b",
    # a quarrel's everyday phrases: "she drives me round the bend", "he punishes me with silence", "I thought about throwing
    # his laptop out of the window"
    r"\bdrives? (?:me|us|him|her) (?:round|around) the bend\b",
    r"\bpunish(?:es|ed|ing)? (?:me|us|him|her) with (?:silence|the silent treatment|sulking|sulks|cold shoulders?)\b",
    r"\b(?:throw|throwing|threw|chuck|chucking|chucked|lob|lobbing) (?:his|her|my|your|the|their) (?:laptop|phone|tv|telly|"
    r"controller|console|keys|remote|headphones|guitar|golf clubs|books?) (?:out of|out) (?:the|a) window\b",
    # a baby woken once too often: "if you wake the baby again I swear I'll kill you"
    r"\bif you (?:wake|wake up) (?:the|our|my) (?:baby|kids|children|twins)(?: up)?(?: again| one more time)?,? (?:i (?:will|"
    r"am going to|am gonna|swear i will)|i swear,? i will) " + _YOUR_END + r"\b",
    # feelings said as a counsellor teaches: "when he goes quiet I feel like I'm being punished", "every time we talk about
    # money I feel like I'm being attacked"; an accusation answered: "she says I'm controlling, but…"
    r"\b(?:i|i just|i always|i sometimes) (?:feel|felt) (?:like|as if|as though) i am (?:being|getting) (?:attacked|punished|"
    r"ambushed|interrogated|judged|blamed|criticised|criticized|lectured|managed|told off|put on trial|ganged up on)\b",
    r"\b(?:says|said|thinks|thought|calls me|called me|accuses me of being|accused me of being) (?:i am|i was|me) "
    r"(?:controlling|jealous|possessive|paranoid|crazy|too much|needy|clingy)\b",
    # "you're giving me whiplash with how fast you change your mind"
    r"\b(?:giving|gave|give|gives) me whiplash\b",
    # a snub: "You cut me dead at the bowls club"
    r"\bcut (?:me|us|him|her|them) dead\b",
    # a pet phrase said once too often: "I'm gonna strangle you if you say per my last email again"
    r"\b(?:i will|i am going to|i am gonna|i would|i swear i will) " + _YOUR_END + r" if you (?:say|use|type|write|text|send) "
    r"(?:the (?:word|phrase|emoji)|per my|calm down|whatever|i told you so|actually|literally|circle back|fine)\b",
    # the threat over a chore said the other way round: "I'm going to kill you if you've eaten the last of the cheese"
    r"\b(?:i will|i am going to|i am gonna|i would|i swear i will) " + _YOUR_END + r" if you (?:have |ever |have ever )?(?:eaten|"
    r"eat|ate|drunk|drink|drank|finished|finish|taken|take|took|used|use|touched|touch|lost|lose|broken|break|spilled|spilt|"
    r"spill|moved|move|borrowed|borrow|forgotten|forget|forgot|scratched|scratch|deleted|delete|hogged|hog|left|leave) (?:the "
    r"last (?:of )?(?:the |my |our )?|the |my |your |our |that |those |this |a |another |one more |all (?:the |my )?)"
    + _A_THING + r"\w+",
    # a blow felt like: "I feel like I've been hit over the head with a brick after that phone call"
    r"\b(?:feel|feels|felt|feeling) like (?:i|i have|i had|i am) (?:just )?(?:been |got |was |being )?(?:hit|punched|kicked|"
    r"slapped|smacked|whacked|knocked) (?:over the head|in the (?:gut|stomach|face|teeth)|for six|sideways)\b(?:.{0,20}\bwith "
    r"(?:a|an) (?:brick|ton of bricks|sledgehammer|hammer|mallet|wet fish|cricket bat|frying pan|plank|shovel|spade))?",
    # a quarrel's blows that are words: "you threw me under the bus", "you dragged me into your fight with your brother",
    # "you kicked me when I was down", "you punched me in the gut with that comment", "you bit my head off"
    r"\b(?:threw|throw|throws|throwing|thrown) (?:me|us|him|her) under (?:the|a) bus\b",
    r"\b(?:threw|throw|throws|throwing|thrown|fed|feed|feeds|feeding) (?:me|us|him|her) to the (?:wolves|lions|sharks|dogs)\b",
    r"\b(?:hit|flattened|knocked (?:over|down)|run over) (?:by|like) (?:a|an) (?:truck|bus|train|lorry|steamroller|"
    r"freight train|ton of bricks|wrecking ball|tidal wave|tornado|hurricane)\b",
    # making peace: "I just want to bury the hatchet and stop fighting about the same three things" (read as a burial and
    # giving up the fight by meaning)
    r"\bbury (?:the|this|our) hatchet\b", r"\bstop (?:fighting|arguing|rowing|bickering|shouting) (?:about|over|with|in "
    r"front of|all the time|every)\b",
    # a quarrel's throats: "at each other's throats", "you jumped down my throat", "shoving your opinions down my throat"
    r"\bat (?:each others|one anothers) throats?\b",
    # anger that bursts: "I'm going to explode if you say you're fine one more time"
    r"\b(?:i am|i will|i am going to|i am gonna|i could|i might|i would|i am about to|i am ready to) (?:just |honestly )?"
    r"(?:explode|burst|blow up)\b(?! (?:the|a|an|your|his|her|this|that|it|them|him|you|something|everything)\b)",
    r"\b(?:strangled|strangling|throttled|choked|choking|smothered|smothering|suffocated|suffocating) (?:by|with|under) "
    r"(?:all )?(?:these|the|this|those|my|our|your|his|her) (?:\w+ )?(?:bills|debts?|rules|paperwork|work|chores|"
    r"expectations|demands|deadlines|questions|worries|stress|admin|emails|jobs|responsibilit\w+|mortgage|rent|housework|"
    r"commitments|obligations|red tape|routine)\b",
    r"\b(?:jump|jumps|jumped|jumping) down (?:my|your|his|her|our|their) throats?\b",
    r"\b(?:shove|shoves|shoved|shoving|ram|rams|rammed|ramming|force|forces|forced|forcing|push|pushes|pushed|pushing|"
    r"cram|crams|crammed|cramming) (?:it|that|this|(?:your|his|her|their|that|this|the|those|these|all (?:your|his|her|"
    r"their|that|those|the)) (?:\w+ )?(?:opinions?|views?|ideas?|decisions?|beliefs?|religion|politics|rules|diets?|plans?|"
    r"values|agenda|choices?|advice|nonsense|theor(?:y|ies)|lifestyle|way of \w+|feelings|wedding|holiday|schedule|budget)) "
    r"down (?:my|your|his|her|our|their) throats?\b",
    r"\b(?:dragged|drag|drags|dragging) (?:me|us) (?:into|through) (?:the mud|(?:your|his|her|their|this|that|the|an|a|every) "
    r"(?:\w+ )?(?:argument|fight|mess|row|drama|conversation|discussion|business|problems?|life|family|nonsense|feud|quarrel|"
    r"issues|debts?|politics|lies))\b",
    r"\b(?:kicked|kick|kicks) (?:me|us) (?:out of (?:the|your|this|that|our) (?:conversation|discussion|decisions?|group|chat|"
    r"plans?|loop|meeting|process)|when (?:i|we) (?:was|were|am|are) (?:already )?down)\b(?! (?:on|in|by|at) (?:the|my)\b)",
    r"\b(?:slapped|slap|slaps|smacked|smack|smacks|shot|shoot|shoots) (?:me|us) down\b(?! (?:the|on|onto|to|against|hard|so|and)\b)",
    r"\bbeat (?:me|us) over the head with (?:that|this|it|the|your|those|my)\b",
    r"\b(?:choke|chokes|choked|choking|smother|smothers|smothered|smothering|suffocate|suffocates|suffocated|suffocating|"
    r"strangle|strangles|strangled|strangling) (?:me|us) with (?:all )?(?:your|his|her|their|the|those|these|this|that) "
    r"(?:\w+ )?(?:rules|demands|questions|expectations|love|attention|worry|worries|plans|lists?|texts|calls|jealousy|advice|"
    r"criticism|control)\b",
    r"\b(?:pushed|push|pushes|pushing|shoved|shove|shoves|shoving) (?:me|us) (?:away|aside)\b" + _nowhere(
        r"fell|fall|falling|hard|bruis\w*|hurt|hit|bang\w*|smash\w*|knock\w*|into|against|floor|ground|wall|stairs"),
    r"\b(?:punched|punch|punches|kicked|kick|kicks|hit|hits|stabbed|stab|stabs|slapped|slap|slaps|smacked|smack|smacks|"
    r"gutted|knifed) (?:me|us)(?: (?:right )?in the (?:gut|stomach|heart|face|teeth|chest))? with " + _WORDS_AS_BLOWS + r"\b",
    r"\b(?:stabbed|stab|stabs|stabbing) (?:me|us) (?:right )?in the heart (?:with|when|by|that)\b",
    r"\b(?:cut|cuts|cutting|tore|tear|tears|tearing|ripped|rip|rips|ripping) (?:me|us) (?:to (?:pieces|shreds|ribbons|the bone|"
    r"the quick)|apart|up|down|open) (?:with|when|by) (?:" + _WORDS_AS_BLOWS + r"|what you said|what you wrote|you said)\b",
    r"\b(?:bit|bite|bites|biting|bitten) (?:my|his|her|your|our) heads? off\b",
    r"\bburn(?:ed|t|s)? (?:me|us) (?:when (?:you|he|she)|by (?:telling|saying|going|sharing)|with (?:that|those|what|your "
    r"(?:words|comment|remark|lies|secret)))\b",
    r"\b(?:attacked|attack|attacks|attacking) (?:me|us) (?:for|about|over|with (?:words|questions|criticism|accusations|your|"
    r"that|those))\b",
    r"\bthreaten\w* (?:me|us|him|her|you) with (?:a )?(?:divorce|leaving|a lawyer|lawyers|separation|moving out|going home|the "
    r"silent treatment|counselling|therapy|your (?:mum|mom|mother|lawyer))\b",
    r"\bbeat (?:yourself|myself|himself|herself|themselves|ourselves) up\b",
    # a leap over a song or a chore: "if I hear that song one more time I'll throw myself off the balcony"
    r"\bif (?:i (?:hear|have to hear|see|have to see|have to sit through|have to watch|have to listen to)|you (?:play|sing|say|"
    r"mention|put on)) (?:that|this|the|your|another|one more)\b(?!.{0,30}\b(?:day|night|week|year|minute|hour) (?:like this|of "
    r"this))\b.{0,50}\b(?:i will|i am going to|i swear i will|i would) (?:throw myself|jump) (?:off|out of|in front of)\b",
    # the same leap said the other way round: "I'm going to kill myself if I have to hear that song one more time"
    r"\b(?:i will|i am going to|i am gonna|i swear i will|i would) (?:kill myself|throw myself off (?:a|the) \w+|jump off (?:a|the) "
    r"\w+) if (?:i (?:(?:have|had|need) to )?(?:hear|see|sit through|watch|listen to|go to|spend)|you (?:play|sing|say|mention|put on|make me (?:watch|listen|"
    r"sit|hear))) (?:that|this|the|your|another|one more)\b(?!.{0,30}\b(?:day|night|week|year|minute|hour|morning) (?:like "
    r"this|of this))",
    # hyperbole in a quarrel: a trivial object or a frame that says it is a figure ("for that", "if you eat…")
    r"\b(?:you are|you will be|you would be) (?:so )?dead meat\b", r"\b(?:chew|gnaw|cut) (?:off )?my (?:own )?(?:arm|leg|hand|foot) off\b",
    r"\b(?:my|the|your|her|his|our) (?:boss|mum|mom|mother|dad|father|teacher|manager|sister|brother|coach|mother in law|"
    r"landlord|accountant|editor|team) (?:will|is going to|would|is gonna|is about to|will literally) (?:kill|murder|strangle|"
    r"shoot|destroy|skin) me\b",
    r"\bi (?:could|can|would) (?:honestly |literally |actually |just |seriously |happily )?(?:kill|strangle|murder|throttle|"
    r"smother|wring your neck|shake) (?:you )?(?:for|if|when|sometimes|right now|over)\b",
    # "I could put you through a wall sometimes when you chew like that": a figure, as "I could strangle you" is
    r"\bi (?:could|can) (?:honestly |literally |actually |just |seriously )?(?:put you through (?:a|the) wall|break every bone in "
    r"your body) (?:for|when|sometimes|over)\b",
    # a threat taken back in the same breath as a joke ("…, joking obviously", "…, my treat!", "haha")
    r"\b" + _I_WILL + r" .{0,60}\b(?:your " + _BODY + r"|every bone in your body|you through)\b.{0,60}(?:(?<!not )(?<!never )\b(?:just |only )?"
    r"(?:joking|kidding)\b|\bhaha\b|\bha ha\b|\blol\b|\bmy treat\b)",
    # the same over a thing ("I could break your neck for eating my chocolate"), never "…right now"
    r"\bi (?:could|can) (?:honestly |literally |actually |just |seriously )?(?:break|snap) your neck (?:for|over)\b",
    # over a thing: "I'll kill you if you eat my chips", never "…if you leave me", "…if you take the kids", "…tell anyone",
    # "…say that again" (the threat's own frame: "say that again and I'll put you through that wall"); a word or a name: a
    # thing
    r"\b(?:i will|i am going to|i would|i swear i will) " + _YOUR_END + r" if you (?:ever )?(?:(?:eat|touch|take|use|forget|leave|"
    r"tell|spoil|drink|finish|move|borrow|break|lose|wear|play|mention|invite|book|sing|drop|spill|scratch|hog|steal|put) "
    r"(?:the|my|your|that|those|this|a|another|one more|any more) " + _A_THING + r"|are late(?! (?:home )?again tonight)|forget|"
    r"say (?:that|the|this) (?:word|name|phrase|line)|say (?:one more|another) word)\b",
    r"\bif you (?:ever )?(?:leave|forget|eat|drink|take|touch|use|finish|lose|break|spill|move|borrow|wear|put|drop|hog|steal|"
    r"mention|invite|book|play|sing|spoil|scratch) (?:the|my|your|that|those|this|a|another|one more) " + _A_THING
    + r"\w+(?: \w+){0,5}(?: again)?,? (?:i (?:will|am going to|swear i will)|i swear,? i will) " + _YOUR_END + r"\b",
    # "I wanted to die when you told that story at dinner": embarrassment, said of a moment in company
    r"\bi (?:just |honestly |literally )?wanted to (?:die|crawl (?:into|under) (?:a|the) \w+ and die) (?:when|as|after|the "
    r"moment|the second) (?:you|he|she|they|your \w+|my \w+|everyone)\b[^,]{0,60}\b(?:story|stories|joke|photos?|pictures?|"
    r"video|speech|toast|karaoke|at (?:the )?(?:dinner|party|table|wedding|pub|restaurant)|in front of|embarrass\w*|"
    r"laughed|everyone (?:laughed|heard|saw|looked))\b(?!.*\b(?:pills|tablets|overdose|cut myself|cutting myself|hurt "
    r"myself|harm myself|rope|bridge|kill myself|end it|still do|still want)\b)",
    # "I'm gonna kill you for eating my leftovers": the same for a thing already done to a thing
    r"\b(?:i will|i am going to|i am gonna|i would|i swear i will) " + _YOUR_END + r" for (?:eating|drinking|taking|using|"
    r"finishing|losing|breaking|spilling|forgetting|moving|borrowing|wearing|touching|hogging|stealing|scratching|spoiling|"
    r"leaving|denting|hiding|reading|deleting|recording|watching) (?:the|my|your|that|those|this|a|another|all|our) "
    + _A_THING + r"\w+",
    # "I'd sooner eat glass than…": an absurd act for a trivial one; "I'd rather be gone than keep hurting everyone" is
    # not a figure, so only named acts count, and never against living or going on
    r"\bi would (?:rather|sooner) (?:eat|chew|swallow|lick|stab myself in the (?:eye|hand|leg)|poke (?:my|both my) eyes? out|"
    r"walk (?:on|over|across)|swim (?:in|through|across)|sleep (?:in|on|with)|stick (?:pins|needles|forks?)|pull (?:out )?my|"
    r"gouge|sit (?:in|on|through)|wrestle|jump (?:off a cliff|in a lake|into a volcano|in the (?:sea|river))|shave|wear|"
    r"listen to|watch|clean|scrub|go to the dentist|have (?:a|my) (?:root canal|tooth|teeth))\b.{0,50} than (?!(?:"
    + _GOING_ON + r"|wake up|spend another))\w+",
    r"\b(?:hit|hits|hitting) (?:the )?(?:roof|ceiling|road|hay|sack|gym|shops|spot|jackpot|nail on the head|big time)\b",
    r"\bi (?:just )?(?:want|wanted) to scream\b", r"\bmakes? me want to scream\b",
    # "when you said you wished we'd never had kids, I think a part of me died"
    r"\b(?:a |some )?(?:part|piece|bit|little bit) of me (?:died|has died|is dead|went dead)\b",
    r"\bsomething (?:in|inside) (?:me|of me) (?:died|has died)\b",
    # a betrayal: "he knifed me in the back at the regimental dinner"
    r"\b(?:knifed|knifes|knifing|knife) (?:me|you|him|her|us|them) in the back\b",
    # distress let out alone: "I sat in the car and screamed", "I screamed into a pillow"
    r"\b(?:sat|sit|sitting|went and sat) in (?:the|my) (?:car|bathroom|garden|shed|garage) and (?:screamed|cried|sobbed|"
    r"howled|shouted)\b", r"\bscream(?:ed|ing)? into (?:a|my|the) pillow\b",
    r"\byou (?:are|were|will be) (?:the )?death of me\b", r"\b(?:this|that|it|you) (?:is|are|was) killing me\b",
    r"\b(?:killing|kill|murder|murdering) (?:it|the mood|the vibe|the conversation|my buzz|the plants?)\b",
    r"\b(?:strangled|strangling|squeezed|squeezing|choked|wrung|wringing|throttled) (?:the )?(?:last (?:bit|bits|drop|drops)|every "
    r"(?:last )?(?:bit|drop|penny)) (?:of (?:\w+ ){1,2})?out of\b",
)

MASKED: tuple[str, ...] = (
    # figures of speech that borrow crisis words
    r"\bso \w+(?: and \w+)? (?:that )?i (?:could|wanted to|want to|thought i would) (?:just )?die\b",
    r"\b(?:could|would|will|gonna) (?:just )?die (?:of|from|laughing)\b",
    # a fear of dying lived through ("I thought I was going to die in that theatre"): the harm, if any, is in the words
    # around it
    r"\b(?:thought|felt like|was sure|was convinced|honestly thought|genuinely thought|really thought) (?:i|we) (?:was|were) "
    r"going to die\b", r"\bdie of (?:embarrassment|shame|boredom)\b",
    r"\bdying (?:to|for|of)\b", r"\bkill(?:ing)? (?:some )?time\b", r"\bto die for\b",
    # suicide spoken of, not intended: someone else's death, or help
    r"\b(?:died|dies|die|lost \w+(?: \w+)? to|death by|committed|commit|attempted) (?:by )?suicide\b",
    r"\bsuicide (?:prevention|hotline|line|awareness)\b",
    r"\bsuicide (?:scene|story|rates?|statistics|episode|movie|documentary|book)\b",
    r"\bkilling myself (?:at|over|for|to get|to finish|with) \w+",
    r"\b(?:killed|kill|killing|kills) myself (?:laughing|working|doing|trying|running|cleaning|cooking|studying|slaving|"
    r"juggling)\b",
    r"\bcut me (?:like a knife|deep|to the (?:bone|core|quick))\b", r"\b(?:stab|stabbed|knife) (?:me )?in the back\b",
    # my things given away by someone else: a quarrel about belongings, not a goodbye
    r"\b(?:you|he|she|they|your \w+|my (?:husband|wife|partner|mum|mom|mother|dad|father|sister|brother))(?: (?:have|has|had|"
    r"keep|keeps|kept|started|been|are|were|is|was|just|always|even|went and))* (?:giv(?:e|es|ing|en)|gave) (?:away )?(?:all |of )?my "
    r"(?:things|stuff|belongings)\b",
)
