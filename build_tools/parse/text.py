"""Evidence about a line of raw text: punctuation, case style, sentences."""
from __future__ import annotations

import re
from functools import lru_cache

CLOSING_QUOTES = "\"'”’»)"
_TERMINAL = ".:!;,"
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:etc|Inc|Ltd|Co|Jr|Sr|St|INC|LTD|CO|JR|SR|ST)\.$")
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
_BOILERPLATE = re.compile(
    r"^(read more|advertisement|sponsored|subscribe( now)?|sign up.*|share( this( article)?)?|"
    r"related( articles?| stories)?|click here.*|continue reading|more on this story|"
    r"(photo|image|video)( credit)?)\W*$"
    r"|^(photo|image|video|credit|caption)s?( credit)?:"  # picture credits and captions
    r"|^(related|read more|see also|watch|listen)\s*:"  # links to other stories
    r"|^(copyright\b|©)|\ball rights reserved\b"
    r"|\b(getty images|ap photo|afp via getty)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž.'’ -]{1,40}(?:,\s*[A-Za-z0-9 .]{1,30})?$")  # "BRASÍLIA", "ŁÓDŹ"
_NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al|bin))*"
_UNIT_WORDS = ("unit|desk|team|service|office|bureau|department|agency|group|division|section|branch|centre|center|"
               "institute|committee|staff")  # what a newsroom's or a body's unit is called: "By the ... Statistics Unit"
_BYLINE = re.compile(rf"^(?i:By:?|Posted by:?|Story by|(?:Delivered|Preached|Discourse|Sermon|Homily) by|(?:Words|Text|Photographs|Photos|Pictures|Recipes) and (?:photos|photographs|pictures|words|text|recipes|styling)(?: by|:)|Submitted by|Analysis by|Opinion by|Commentary by|Live (?:coverage|reporting|updates|text|blog) by|Reporting by|Writer:|Written by:?|Report by|Report:|Words by|Words:|Text by|Recipe by|Reporter:|Published by:|Authors?:|Author of the article:|Edited by|Reported by|News provided by|Interview(?:ed)? by|As told to|(?:Transcribed|Compiled|Prepared)(?: and edited)? by:?) "
                     rf"(?:the (?=[A-Z][\w'’-]* (?:(?:&|and) )?[A-Z]|[A-Z][\w'’-]* (?:news )?(?:team|desk)$)"
                     rf"(?![A-Z][\w'’-]* and (?![\w'’ -]* (?i:{_UNIT_WORDS})$)))?"  # "By the Sea and Shore" names no unit
                     rf"(?:(?:[a-z][\w'’-]* ){{0,3}}(?:reporters?|correspondents?|editors?|writers?|staff) )?"  # "By state political reporters ..."  # "By the Associated Press", never "By the numbers"
                     rf"{_NAME}(?:(?:,| and| &|, and(?= [A-Z][\w'’.-]* [A-Z])) {_NAME})*(?:,? (?:in|for|at|from) [A-Z][\w ,.'’-]*(?: \([A-Z]{{2,4}}\))?)?"
                     rf"(?: and the (?:[A-Z][\w'’-]* ){{1,3}}team|, on behalf of (?:the )?[\w'’ -]{{2,40}})?"  # "..., on behalf of the core team"
                     rf"(?:,? with (?:help|additional reporting) from {_NAME}(?:(?:,| and| &) {_NAME})*)?"
                     rf"(?: [-–] [A-Z][\w'’ -]{{1,30}}(?: / @\w+)?)?"
                     rf"(?: [/|·–—] (?:\S+@\S+|[A-Z][^.!?@]{{1,40}})){{0,2}}"  # "By Ana Ruiz | ana@site.com | The Tribune"
                     rf"(?: (?i:staff|reporters?|correspondents?|editors|(?:research |news )?(?:team|desk)|newsroom))?"
                     rf"(?:(?:,| /| \|)? (?:[A-Z][\w'’-]*(?: [\w'’-]+){{0,4}}|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{{2,6}}))?$")  # ", cascadiafc.com"
_BULLET_MARKS = "-*•◦‣–"
_BULLET = re.compile(rf"^([{_BULLET_MARKS}])\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_TERM = re.compile(r"^([^:]{1,60}?):\s+(\S.*)$")
# Words that stay lower case in Title Case headings.
MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of on onto or over per the to up upon v via vs with "
    "within without amid amidst".split())


def final_char(text: str) -> str:
    """The last character that is not a closing quote or bracket."""
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    return stripped[-1] if stripped else ""


def ends_like_sentence(text: str) -> bool:
    """Paragraph lines end in . : ! ; , (possibly inside quotes); an abbreviation doesn't count."""
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    if not stripped or stripped[-1] not in _TERMINAL:
        return False
    return not (stripped.endswith(".") and _ABBREVIATION_END.search(stripped[-16:]))


def has_sentence_break(text: str) -> bool:
    return bool(_SENTENCE_BREAK.search(text))


BOILERPLATE_MAX = 160  # characters: a credit or a "Read more" is a short line, never a paragraph


def is_boilerplate(text: str) -> bool:
    return len(text) <= BOILERPLATE_MAX and bool(_BOILERPLATE.search(text.strip()))


_PERSON_ROLE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,| --| [–—]) (?:[\w'’&-]+ ){0,6}?(?i:editor|correspondent|reporter|writer|"
    r"director|manager|officer|spokes(?:person|man|woman)|head|chief|coordinator|secretary|chair|clerk|treasurer|"
    r"president|adviser|advisor|analyst|producer|officer|partner|engineer)s?\b.{0,60}$")


_SALUTATION = re.compile(r"^(dear|hi|hello|hey|kia ora|good (morning|afternoon|evening))\b[^.!?]{0,60}[,:!]$",
                         re.IGNORECASE)  # "Dear Valued Customer:", "Hello, Lakeside families!", "Kia ora koutou e te whānau,"


# "press@site.org", "Telephone: 01632 960 301 (out of hours)", "+31 10 555 0148": how to reach
# someone, under their name or team.
_CONTACT = re.compile(r"^(?:(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|press office|switchboard|helpline|call|freephone|"
                      r"toll-?free|hotline|careline|whatsapp)\.?\s*:?\s*)?"
                      r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|0|\(|1[38]00 |1-8\d\d-)[\d ()-]{6,}\d|(?:\d{3}[-. ])?\d{3}-\d{4})"
                      r"(?:\s+\(.{0,60}\)|\s*[,;/|]\s.{0,80})?$",
                      re.IGNORECASE)  # as dialled: "+44 ...", "020 ...", "(555) ...", "555-0177", never "1939-1945"
PHONE_DIGITS = 7
# A name and role, then the number or address: "Johan Bergfors, CFO, +46 18 450 21 00".
_SIGNED_CONTACT = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3},(?: [\w&'’.-]+){1,6},?\s"
                             r"(?:(?:\+|0|\()[\d ()-]{8,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


def is_contact(text: str) -> bool:
    """A line of contact details: an e-mail address or a telephone number, perhaps labelled
    or after a name and role."""
    return len(text) <= 160 and bool(_CONTACT.match(text) or _SIGNED_CONTACT.match(text)) and (
        "@" in text or sum(c.isdigit() for c in text) >= PHONE_DIGITS)


def is_salutation(text: str) -> bool:
    """A letter's "Dear parents and carers,": it opens the text, it does not sum it up."""
    return bool(_SALUTATION.match(text))


# A writer's name and outlet set apart by a pipe or a slash: "Tomasz Wren | Harbour & Heritage",
# "Claire Dufresne / VERA Lusoria", "Aparna Rao | TNN".
_NAME_AND_OUTLET = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} [|/] [A-Z][\w&.'’-]*"
                              r"(?: (?:[A-Z][\w&.'’-]*|&|of|and|for|the)){0,5}$")


def is_name_and_outlet(text: str) -> bool:
    return _NAME_AND_OUTLET.match(text) is not None


def is_person_with_role(text: str) -> bool:
    """"Lena Ortiz, Director of Media Relations": a contact or an author, not a heading."""
    return len(text.split()) <= 14 and bool(_PERSON_ROLE.match(text))


_BYLINE_LEADS = {"story", "submitted", "live", "written", "words", "recipe", "reporter", "published", "author", "authors", "edited", "reported", "news", "posted", "staff", "wire", "analysis", "report", "text", "photographs", "photos", "pictures",
                 "interview", "interviewed", "as", "transcribed", "compiled", "prepared", "delivered", "preached", "discourse", "sermon", "homily", "opinion", "commentary", "reporting", "writer"}
# A byline naming no one: "Staff report", "Courier staff report" (its words in lower case: a council's
# "Planning Staff Report" is a heading), "KXNV 8 News Staff".
_STAFF = re.compile(r"^(?:(?!The )(?:[A-Z][\w'’&.-]* ){1,3}staff reports?|(?i:staff|wire|news|sports?|business|politics|world|foreign|city|metro|features) (?i:report|reports|desk)|(?i:staff|senior|special) (?i:correspondent|reporter|writer)"
                    r"|(?:From )?(?i:our) (?:Own )?(?:Staff )?(?:Correspondent|Reporter)(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?"
                    r"|(?:Herald|Observer|Times|Post|Gazette|Star|Express|Tribune|Chronicle|Standard|Nation|Guardian|Mirror|"
                    r"Courier|Mail|Journal|Record|Examiner|Advertiser|Argus|Echo|Sentinel|Clarion|Packet|Bulletin|Leader|"
                    r"Citizen|Globe|Daily) (?:Reporter|Correspondent)"  # a paper's own: never a beat's "Court Reporter"
                    r"|(?:[A-Z0-9][\w&.-]* ){0,3}(?:[A-Z]{2,}|\d+)(?: [A-Z0-9][\w&.-]*){0,3} (?:News )?Staff)$")


# Bylines without "By": "Orane Whyte/Gleaner Writer", "Maya Desrochers · CBC News ·",
# "Lena Park @LenaParkMarkets, Sam Okoro @samokoro".
_FULL_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
# A time named like a person, "By New Year, ...", "By Labor Day, ..."; a clause's words, never a role's
_TIME_NAME = (r"(?:[A-Z][\w'’.-]+ )*(?i:year|day|eve|christmas|easter|summer|winter|spring|autumn|morning|night|week|"
              r"weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight)\b")
_NOT_ROLE_WORD = (r"(?:who|whose|which|that|where|when|at|last|will|would|could|can|may|might|must|should|shall|is|are|was|were|"
                  r"be|been|has|have|had|do|does|did|it|its|they|we|you|he|she|there|this|these|those)\b")
_SHIFT = rf"{_FULL_NAME}(?: (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})?(?: \((?:now|earlier)\))?"
_NEWSROOM_ROLE = r"(?:editor|correspondent|reporter|writer|columnist|critic|analyst|meteorologist|presenter|producer)"
# A writer's role in lower case after her name, between commas or last: ", science correspondent".
_LOWER_ROLE = re.compile(rf", (?:[a-z][\w'’-]* ){{0,3}}(?:{_NEWSROOM_ROLE}|journalist|photographer|videographer|officer)(?=,| and\b|$)")
_UNLED_BYLINE = re.compile(
    rf"^{_FULL_NAME}\s*/\s*(?:[A-Z][\w'’]* ){{0,3}}(?i:writer|reporter|correspondent|editor|photographer|staff)$"
    rf"|^{_FULL_NAME}(?: · [A-Z][\w&.'’ ]{{1,40}}?){{1,2}} ·$"
    rf"|^{_FULL_NAME} @\w+(?:(?:,| and| &) {_FULL_NAME} @\w+)*$"
    rf"|^(?:(?i:by) )?{_FULL_NAME}(?:(?:,| and) {_FULL_NAME})*,? (?:and|with) (?:news )?(?:agencies|wire services)$"  # "Helena
    # Marsh and agencies", "By Kaito Brennan and Ruth Adeyemi, and agencies"
    rf"|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,2}} (?:[A-Z][\w'’-]* )?(?:[a-z][\w'’-]* ){{0,2}}"  # "Jo Lee Arts correspondent"
    rf"(?:editor|correspondent|reporter|writer|columnist|critic|Reporting Service)$"
    rf"|^{_FULL_NAME}(?:(?:,| and| &) {_FULL_NAME})* \((?:AAP|AP|AFP|PA|PTI|ANI|CP|DPA|EFE|ANSA|The [A-Z][\w .'’&-]{{1,40}})\)$"  # "Jo Lee (AAP)"
    rf"|^{_FULL_NAME}(?:(?: and| &) {_FULL_NAME})*, (?:The Canadian Press|The Associated Press|Associated Press|Reuters|"
    rf"Agence France-Presse|AFP|Bloomberg(?: News)?|PA Media|AAP|dpa|Kyodo News|Xinhua|PTI|IANS|Bernama|Yonhap)$"  # "Jo Lee, The Canadian Press"
    rf"|^{_FULL_NAME} · [A-Z][\w'’]*(?: [\w'’]+){{0,3}} (?i:desk|team|editor|reporter|correspondent|writer)$"  # "Jo Lee · Verification desk"
    r"|^(?i:by) the (?:[A-Z][\w'’-]* ){1,2}(?:[a-z][\w'’-]* ){0,3}(?:desk|team|staff|newsroom|unit)$"  # "By the Freightwise trade desk"
    r"|^(?i:by the editorial board|by the editors)$"
    # a live page's shifts, perhaps with a place: "Tom Aldridge at Harrowfield and Hannah Scorer (now)"
    rf"|^(?=.*\((?:now|earlier)\)$){_SHIFT}(?:(?:,| and| &) {_SHIFT})+$"
    rf"|^(?i:by|posted by|written by|reported by|compiled by|analysis by|words:) {_FULL_NAME}, (?:[a-z][\w'’-]* ){{0,3}}"
    rf"(?:{_NEWSROOM_ROLE}|advis[eo]r|coordinator|secretary|dietitian|(?:co-)?founder|owner|director|leader|trainer)$"  # "Posted by Mira Okafor, co-founder"
    # under "By", any role in lower case, and the place: "By Katrin Vogel, primary school teacher, Berlin-Pankow"
    rf"|^(?i:by|written by|posted by|compiled by) (?!{_TIME_NAME}){_FULL_NAME}, "
    rf"(?!{_NOT_ROLE_WORD})(?:[a-z][\w'’-]* (?!{_NOT_ROLE_WORD})){{0,4}}[a-z][\w'’-]*"
    r"(?:, [A-Z][\w'’ -]{1,30})?$"  # never a headline's "By New Year, energy bills will rise again"
    # with no lead, only a newsroom's roles: "Amir Haddad, bakery owner" signs a reader's letter
    rf"|^{_FULL_NAME}, (?:[a-z][\w'’-]* ){{0,3}}{_NEWSROOM_ROLE}$"
    rf"|^(?!Meet )(?:{_FULL_NAME}), (?!(?:Retired|Former|Guest) )(?:[A-Z][\w'’-]* ){{0,2}}"
    r"(?i:editor|correspondent|reporter|writer|columnist|critic|meteorologist|presenter|producer)$"  # "Claire Dubois-Mensah,
    # Science Editor", never a headline's "Meet Rachel Obi, KXNV's Newest Meteorologist" nor a reader's "Anna Bell, Retired Editor"
    r"|^(?i:posted by|asked by|submitted by|started by) (?:u/[\w.-]{3,30}|[a-z][\w.-]*[\d_.][\w.-]*)$"
    r"|^(?i:posted by|asked by|submitted by) [a-z][a-z\d]{2,30}$"  # a plain handle; never "Started by accident"  # a forum's handle: "Posted by u/marrowfield_lad"
    rf"|^(?i:text|words|story)\s*:\s*{_FULL_NAME}\s*[·|/]\s*(?i:photos?|photographs|pictures|images)\s*:\s*{_FULL_NAME}$"
    rf"|^(?i:words|text|by)\s*:?\s*{_FULL_NAME}, (?:[a-z]+ ){{0,3}}(?:leader|editor|correspondent|reporter|writer|columnist|"
    r"critic|photographer|producer|director|manager)$"
    rf"|^[A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*){{0,4}} / (?i:by) {_FULL_NAME}$"  # "Murray Valley Times / By Bridget Halloran"
    rf"|^(?:Medically|Clinically) reviewed by [^—|]{{3,80}} [—|] Written by {_FULL_NAME}(?: on .{{4,40}})?$")  # a health site's two credits on one line


# A blog's date and author in one: "Posted on May 6, 2024 by Gemma Ashworth", "By Owen Castellanos
# on March 3, 2026 at 8:00AM PST".
_DATED_BYLINE = re.compile(r"^(?i:posted|published|written)(?: on)? (.{4,40}?) (by [A-Z].*)$")
_BYLINE_DATED = re.compile(r"^((?i:by) [A-Z].{2,60}?) on (.{4,40})$")


# A byline with its role first, "Pacific affairs reporter Mele Fonua": the masthead's, by the
# date; in the text it heads a section ("Former editor Margaret Ellison" in an obituaries roundup).
ROLE_FIRST_BYLINE = re.compile(
    rf"^[A-Z][a-z'’-]+(?: [a-z][\w'’-]*){{0,3}} (?:editor|correspondent|reporter|writer|columnist|critic) {_FULL_NAME}$")


# A post's writer and date: "Posted by benchmark_ben on 4 Mar 2026, 21:07", "Posted by Mick Dolan on
# March 4, 2026"; a handle with a figure, "_" or "." (never "Posted by mistake on ...").
_POSTED_DATED = re.compile(rf"^(?i:posted by) (?:{_FULL_NAME}|[a-z][\w.-]*[\d_.][\w.-]*) (?:on|at) (.{{4,40}})$")


# A fact check's or a column's writer: never "Fact Check by Location", nor "Column By Column, Brick By Brick"
_CREDITED_WRITER = re.compile(rf"^(?:Fact[- ]check(?:ed)?|Column|Slideshow|Gallery|(?:Road )?[Tt]est) by {_FULL_NAME}$")  # a name only:
# "Test by Jonah Fairley", never a heading's "Test by Test" nor a headline's "Gallery by Zaha Hadid Architects opens ...";
# never "Tested by ...", a flood story's "Tested by Storm Babet" as much as a buying guide's tester


_BYLINE_PARTS = re.compile(r"\s+[|/•]\s+|\s*·\s*")  # a byline's name, date and read time on one line (a middle
# dot, spaced or not: "By Hamish Tennant·2 March 2026·6 min read")
_READ_TIME = re.compile(r"^(?i:(?:estimated )?(?:reading|read) time:?\s*)?\d{1,3}(?:[–-]\d{1,3})?\s*(?i:min(?:ute)?s?)(?i: read)?$")


def is_read_time(text: str) -> bool:
    """A read time alone: "6 minute read", "Reading time: 4 min"."""
    return _READ_TIME.match(text) is not None


_LEAD_BY_COLON = re.compile(r"^([A-Z][a-z]+) (?i:by):\s*")


# (Never a bare "Text:" or "Story:": a hymn's author beside its "Tune:", a film's writer among its credits.)
_LIVE_WRITER = re.compile(rf"^(?i:live (?:text|blog) by) {_FULL_NAME}$")  # "Live text by Owen Carrick"


_BY_NEWSROOM = re.compile(r"^(?i:by (?:our |a |the )?(?:staff|wire) (?:reporters?|writers?|correspondents?)(?: and agencies)?)$")  # "By staff reporters"


def is_byline(text: str) -> bool:
    """`By Jane Doe`, `By Jane Doe and Ivan Petrenko, Reuters`, `By Sarah Holt, Courts
    Reporter`: names and a role, no sentence."""
    if text.casefold() in _LABELS:
        return False  # "PRESS RELEASE" names no one
    if _STAFF.match(text) or _UNLED_BYLINE.match(text) or _CREDITED_WRITER.match(text) or _BY_NEWSROOM.match(text) \
            or _LIVE_WRITER.match(text):
        return True
    if (dated := _DATED_BYLINE.match(text)) and is_stamp(dated.group(1)) and is_byline(dated.group(2)):
        return True
    if (dated := _BYLINE_DATED.match(text)) and is_stamp(dated.group(2)) and is_byline(dated.group(1)):
        return True
    if (posted := _POSTED_DATED.match(text)) and (is_stamp(posted.group(1)) or is_time_stamp(posted.group(1))):
        return True
    if text[:3].casefold() == "by " and (glued := _GLUED_DATE.search(text)) and is_byline(text[:glued.start()]) \
            and is_stamp(text[glued.start():]):
        return True  # the date run onto the byline in the copy: "By Tobias LindqvistMarch 3, 2026Updated ..."
    if text[:3].casefold() == "by " and (parts := _BYLINE_PARTS.split(text))[1:] and len(parts[0].split()) >= 3 \
            and is_byline(parts[0]) \
            and all(is_stamp(part) or is_read_time(part) for part in parts[1:]):
        return True  # "By Nadia Farouk | 12 February 2025 | Reading time: 4 minutes"
    if text[:2].casefold() != "by" and text.split(" ", 1)[0].rstrip(":").casefold() not in _BYLINE_LEADS:
        return False  # most lines: a cheap look at the first word
    if (unroled := _LOWER_ROLE.sub("", text)) != text and is_byline(unroled):
        return True  # "By Hedda Solvang, science correspondent, and Arvid Melum, video journalist", "Words by
        # Ravi Chandran, club media officer"
    return (len(text.split()) <= 16 and (text[:1].isupper() or text.startswith(("by ", "by: "))) and not ends_like_sentence(text.rstrip(". ") + "x")
            and (bool(_BYLINE.match(text.rstrip(". ")))
                 or bool(_BYLINE.match(_LEAD_BY_COLON.sub(r"\1 by ", text).rstrip(". ")))))  # "Edited By: Ritika Sabharwal"


MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}[:.]\d{2}|noon|midnight)"
_ZONE = r"(?:\s+(?:[A-Z]{2,5}|local time))?"
_DATE_NAME = re.compile(rf"(?:{MONTH}|{WEEKDAY})", re.IGNORECASE)
# A date's first word run onto the word before, no space between: "LindqvistMarch 3", "WriterSaturday 22"
_GLUED_DATE = re.compile(r"(?<=[a-z])(?=(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d|(?:Updated|Published|Posted)\b"
                         r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")


def is_date_name(word: str) -> bool:
    """A month's or a weekday's name ("February", "Sat"): a date's word, never a thing's."""
    return bool(_DATE_NAME.fullmatch(word))
# "Updated 3:12 p.m. GMT, March 4, 2025", "Published 2 hours ago", "Issued: August 3, 2025",
# "Sun 6 Jul 2025 07.00 BST", "March 4, 2025", "04/03/2025 - 18:22"
_STAMP_LEAD = re.compile(r"^(?:(?:first |last |originally |(?:notice|page|article|story|report) (?=(?:published|updated|issued)(?::| \d)))?(?:published|updated|posted|issued|filed|modified|asked(?! on\b)|(?:created|edited)(?= (?:on )?(?:\d|" + MONTH + r"))(?!.*\w\.$)|(?:uploaded|aired|broadcast|premiered)(?=:? (?:on )?(?:\d|" + MONTH + "|" + WEEKDAY + r")(?:[\s\d:.,/+–—-]|\b(?:" + MONTH + "|" + WEEKDAY + r"|[ap]\.?m\.?|ago|at|on|(?:minute|hour|day|week)s?)\b|\b(?-i:[A-Z]{2,5})\b)*$)|release date|released|(?:submitted|revised)(?=:? (?:on )?(?:\d|" + MONTH + r")[^.,;]{0,25}$)|"
                         r"reviewed|page last reviewed|embargoed(?: until)?|still current|(?:correct|current|accurate) as|"
                         r"for immediate release(?= ?[–—:,-] ?(?:\d|" + MONTH + "|" + WEEKDAY + r")[^.]{0,30}$)|opened|opens|closes|closed|closing date|answered|tabled|lodged|week (?:ending|commencing|beginning)(?=.*\b(?:19|20)\d\d\b))(?: on| at| of)?\b:?)",
                         re.IGNORECASE)
# A record's own date under the name of what it dates: "Prices updated 1 October 2025", "Rates
# checked 4 March 2026 at 09:00", "Data collected 9–20 February 2026": the whole date ends the line;
# never news ("Hostages released 19 January 2025", "Album released 4 July 1985").
_SUBJECT_STAMP = re.compile(r"^(?:(?:Page|Prices?|Rates?|Data|Figures|Stats|Statistics|Guidance|Information|Details|"
                            r"Content|Review|Listing|Catalogue|Timetable|Schedule|Decision notice)(?: [a-z]+)? )"
                            r"(?i:(?:last |first )?(?:updated|published|posted|issued|checked|collected|reviewed|revised|"
                            r"compiled|verified|valid from|(?:correct|accurate|current) as (?:of|at))(?: on| at)?:? "
                            rf"(?:\d{{1,2}}(?:[–-]\d{{1,2}})? {MONTH},?|{MONTH}\.? \d{{1,2}},?) (?:19|20)\d\d"
                            rf"(?:,? (?:at )?{CLOCK})?)$")
_DATEISH = re.compile(rf"\b{MONTH}\b|\b{WEEKDAY}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
                      rf"\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|[mhd])\s+ago\b|{CLOCK}"
                      r"|\b(?:over |about |almost |more than )?(?:a|an|\d+) (?:week|month|year)s? ago$", re.IGNORECASE)
_DATE_WORD = re.compile(rf"^(?:{MONTH}|{WEEKDAY}|\d[\d:./-]*|\d{{1,2}}(?:h|d|w|mo|yr|hrs?)|\d{{1,2}}[:.]\d{{2}}[ap]\.?m\.?|[ap]\.?m\.?|at|on|of|the|\||-|–|—|,|/|·|•|"
                        rf"(?-i:[A-Z]{{2,5}})(?:[+-]\d{{1,2}})?|noon|midnight|published|updated|update|posted|issued|filed|last|first|"
                        rf"\d+(?:st|nd|rd|th))$", re.IGNORECASE)
# A date line's other words, short and few: "hours ago", "As of", "Uhr", "Aired", "Page"; a
# headline holds more ("Gull Creek RCMP field 47 calls in busy first week of March").
_SHORT_WORD = re.compile(r"^[^\W\d_]{2,5}$")
STAMP_OTHER_WORDS = 2
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# Where a page's date and time, or its time and "Updated", run together in the copy.
_GLUED = re.compile(r"(?<=\b(?:19|20)\d\d)(?=\d{1,2}:\d\d)|(?<=[\w+])(?=(?:Updated|Published|Last modified|Last updated)(?![a-z]))"
                    r"|(?<=\bago)(?=\d)|(?<=Updated)(?=\d)")  # a broadcaster's "Posted 2h ago2 hours ago": the short form, then
# the long; "3 Mar 2026Updated09:12, 4 Mar 2026"
# A date line, then its change's: "Fri 21 Feb 2025 07.30 GMT Last modified on Fri 21 Feb 2025 11.02 GMT"
_SECOND_STAMP = re.compile(r"\s+(?=(?:Last modified|Last updated|Updated|Published)\b)")


STAMP_MAX_WORDS = 24
STAMP_MAX = 300  # characters: longer is running text
_DIGIT = re.compile(r"\d")
_DIGIT_OR_AGO = re.compile(rf"\d|\bago\b|\b{MONTH}|\b{WEEKDAY}|noon|midnight", re.IGNORECASE)


def _stamp_words(text: str) -> list[str]:
    return text.replace(",", " , ").replace("|", " | ").split()


# A changelog's release and its date alone: "3.4.0 — 2026-02-18", "v2.1.0 (27 January 2026)"; never a dotted
# date's "14.05.2025", a clause's "4.2.2 – Each company must ... by 31 March 2027.", nor "2.3.2 — 2 November 2025 —
# patches a security flaw" in a story's list
_RELEASE = re.compile(r"^[vV]?\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d)\s*(?:[—–-]\s*(?P<date>.+)|\((?P<bracketed>[^()]+)\))$")
RELEASE_DATE_WORDS = 4  # "Tuesday 9 January 2026"


def is_release(text: str) -> bool:
    """A changelog's release over its changes: a section's heading, never the page's date line."""
    found = _RELEASE.match(text)
    date: str = (found.group("date") or found.group("bracketed")) if found else ""
    return bool(date) and len(date.split()) <= RELEASE_DATE_WORDS and bool(_YEAR.search(date)) \
        and not date.rstrip().endswith((".", "!", "?"))


_READ_TIME_LEAD = re.compile(r"^\d{1,2}[ -]min(?:ute)?s? read\s*(?=[A-Z0-9])")
_READ_TIME_TAIL = re.compile(r"(?:(?<=[a-zA-Z])|(?<=\bago ))\d{1,2}[ -]min(?:ute)?s? read$")  # "ago4", "am5"
_DAY_OR_CLOCK = re.compile(r"\b\d{1,2}(?:,| \d{4}|[:.]\d\d)")  # "April 9, 2025", "3:41 PM"; never "May Day 2025"


@lru_cache(maxsize=4096)  # masthead, bylines, headings and live-blog checks ask of the same lines
def is_stamp(text: str) -> bool:
    """A line that dates the article: "Updated 3:12 p.m. GMT, March 4, 2025", "Published 2
    hours ago", "Sun 6 Jul 2025 07.00 BST". Metadata, shown as written, never a heading."""
    if len(text) > STAMP_MAX or len(_stamp_words(text)) > STAMP_MAX_WORDS or not _DIGIT_OR_AGO.search(text) \
            or is_release(text):
        return False  # most lines: too long, or no date in them
    text = _GLUED.sub(" ", text)  # "November 12, 20254:41 AM GMT+9Updated 2 hours ago", as copied
    first, *second = _SECOND_STAMP.split(text, maxsplit=1)
    if second and first and is_stamp(first) and is_stamp(second[0]):
        return True
    if _READ_TIME_LEAD.match(text) and _DAY_OR_CLOCK.search(text):
        text = _READ_TIME_LEAD.sub("", text)  # "4 min readApril 9, 2025 ...": the date line after its read time
    text = _READ_TIME_TAIL.sub("", text)  # "2 hours ago4 min read": the read time glued to the date line
    words = _stamp_words(text)
    if len(words) > STAMP_MAX_WORDS or is_time_stamp(text):  # a bare clock heads a live entry
        return False
    if "," in text and is_dateline(text):
        return False  # "NEW YORK, March 3": a place, then its date
    if _STAMP_LEAD.match(text):
        return bool(_DATEISH.search(text))
    if _SUBJECT_STAMP.match(text):
        return True
    others = [w for w in words if not _DATE_WORD.match(w.strip(":"))]
    dated = _YEAR.search(text)  # a year: its other words may be a language's ("3 de marzo de 2025", "um 14:12 Uhr")
    if (_DIGIT.search(text) and (dated or len(others) <= STAMP_OTHER_WORDS)
            and all(_SHORT_WORD.match(w.strip(":")) for w in others) and bool(_DATEISH.search(text))):
        return True
    return _labelled_stamp(text)


# "INQUIRER.net / 11:02 AM November 06, 2025", "Source: Xinhua/ 2025-03-07 18:11:47/Editor: huaxia":
# a date among short labels, split by bars or slashes (not a date's own "04/03/2025").
_META_SPLIT = re.compile(r"\s*[|·•●]\s*|\s*(?<!\d)/\s*|\s*/(?!\d)\s*")
LABEL_PART_WORDS = 4
_DATE_THEN_LABEL = re.compile(r"^(.+?\b20\d\d) [-–—] ([A-Z][^.!?]*)$")  # a page's own date, never "June 6, 1944 - D-Day"


# A newsletter's or a magazine's issue, a date of its own in a masthead line with its name or
# term ("THE HAUL · Issue 212", "Spring Term 2025 · Issue 22"); alone, "Issue 1" may head a
# section.
_ISSUE = re.compile(r"^(?:(?:issue|vol\.|volume|edition)\s?\d+(?:,? (?:no\.|issue) ?\d+)?"
                    r"|(?:newsletter|issue|edition) (?:no\.?|number|#) ?\d+)$", re.IGNORECASE)  # "Newsletter No. 47"


# A quarterly's issue by its season, beside its name: "Newsletter · Spring 2025 edition",
# "Supporter update | Spring 2026"; alone, "Autumn Term 2026" heads a school's term dates.
_SEASON_ISSUE = re.compile(r"^(?:spring|summer|autumn|fall|winter) (?:19|20)\d\d(?: (?:edition|issue))?$", re.IGNORECASE)


_PART_SPLIT = re.compile(r"\s[|/·•]\s")
PART_SENTENCE_WORDS = 8


def is_parts_line(text: str) -> bool:
    """Short parts set apart by bars, slashes or dots, none a sentence: "22 days on Homestead |
    611 views | 48 saves", "Harrowgate University · School of Computing": a page's facts or
    names, never its summary."""
    parts = _PART_SPLIT.split(text)
    return len(parts) >= 2 and not any(ends_like_sentence(p) and len(p.split()) >= PART_SENTENCE_WORDS for p in parts)


_PUBLICATION = re.compile(r"\b(?:newsletter|update|bulletin|magazine|journal|digest|review|report|briefing|quarterly|edition|issue)\b", re.IGNORECASE)


def _season_issue(part: str, parts: list[str]) -> bool:
    """A season beside one other part that names a publication, or an edition by its season:
    "Newsletter · Spring 2025 edition"; never "Campus | Fall 2025" nor "Spring 2025 | Spring 2024"."""
    if len(parts) != 2 or not _SEASON_ISSUE.match(part):
        return False
    other = parts[1] if part is parts[0] else parts[0]
    return not _SEASON_ISSUE.match(other) and (part.lower().endswith(("edition", "issue")) or bool(_PUBLICATION.search(other)))


def is_issue_line(text: str) -> bool:
    """A newsletter's or a magazine's issue alone: "Issue 212", "Newsletter No. 47"."""
    return bool(_ISSUE.match(text))


def _labelled_stamp(text: str) -> bool:
    if not any(c in text for c in "/|·•●"):
        dated = _DATE_THEN_LABEL.match(text)  # "Nov 24, 2025 - Economy & Business"
        return dated is not None and is_stamp(dated.group(1)) and len(dated.group(2).split()) <= LABEL_PART_WORDS
    parts = [p for p in _META_SPLIT.split(text) if p]
    stamps = [p for p in parts if "/" not in p and "|" not in p and (is_stamp(p) or _ISSUE.match(p) or _season_issue(p, parts))]
    return len(parts) >= 2 and len(stamps) >= 1 and all(
        p in stamps or (len(p.split()) <= LABEL_PART_WORDS and not ends_like_sentence(p)) for p in parts)


_TIME_STAMP = re.compile(rf"^(?:{WEEKDAY},?\s+)?(?:{CLOCK}|\d{{1,2}}[:.]\d{{2}}\s*[ap]m){_ZONE}$", re.IGNORECASE)


def is_led_stamp(text: str) -> bool:
    """"Updated 3:12 p.m.", "Published 2 hours ago": a date line that says what it is."""
    return bool(_STAMP_LEAD.match(text)) and is_stamp(text)


def is_bare_date(text: str) -> bool:
    """"Monday, March 3": a day, no time and no "Updated": in the text, it heads that day's items."""
    return is_stamp(text) and not _STAMP_LEAD.match(text) and not re.search(CLOCK, text, re.IGNORECASE) \
        and not re.search(r"\bago\b", text, re.IGNORECASE) and not _DATE_THEN_LABEL.match(text)


_CLOCK_OR_AGE = re.compile(r"\d[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b|\bago\b", re.IGNORECASE)
LIVE_MIN_ENTRIES = 3  # a live blog's entries, each under its stamp


@lru_cache(maxsize=1024)  # a live blog's stamps are counted over the whole text, line after line
def is_entry_stamp(text: str) -> bool:
    """A date line with a time of day or an age ("Mar 02, 2026 18:12 IST", "Posted at 13:42",
    "12 mins ago"): a live blog's entry, when the text holds several."""
    return len(text) <= 60 and is_stamp(text) and bool(_CLOCK_OR_AGE.search(text)) and not _POST_STAMP.match(text)


# "By Sam Okoro": a byline naming a person, two or three capitalised words and no minor word
# (never a travel guide's "By Train", "By Bus and Coach")
_BY_PERSON = re.compile(r"^By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}$")


# A live page's entry signed by its desk, an outlet's initials: "From MNN's Amy Lo", "From MNN meteorologist
# Chad Ferreira"; never a place's, "From Sydney's Harbour Bridge", "From London's St Pancras International"
SIGNED_FROM_DESK = re.compile(r"^From [A-Z]{2,6}(?:['’]s| [a-z]+){1,3} [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2}"
                              r"(?: and [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2})?$")


_QUOTE_OPENS = ("\"", "“", "‘", "'")
_ATTRIBUTION = re.compile(r"^[—―–]\s?[A-Z]")  # "— Orla Venn, to the harbour council"


def attributed_quote(text: str, under: str) -> bool:
    """A quotation with its speaker's name on the line under it: an epigraph, a reader's praise
    or a witness's words, never the page's standfirst or lede (of 18 on dev, none is)."""
    return text.startswith(_QUOTE_OPENS) and bool(_ATTRIBUTION.match(under))


def said_in_lower_case(phrase: str, text: str) -> bool:
    """Whether the text says the phrase in lower case as a word of its own (never in an address,
    "press@merriden.example"): a common noun's use, never a proper name's."""
    return bool(re.search(r"(?<![\w@./])" + re.escape(phrase.lower()) + r"(?![\w@/])(?!\.\w)", text))


def names_a_person(text: str) -> bool:
    """A "By" line naming a person: one a live page signs its entries with, one a list credits its entries to."""
    return bool(_BY_PERSON.match(text)) and is_byline(text)


# A forum post's stamp, under the post it dates: "answered Dec 3, 2023 at 10:02", "Replied on March 4, 2026".
_POST_STAMP = re.compile(r"^(?i:asked|answered|edited|replied|commented|modified)\b")
# An entry's own note of its last change, "Updated at 15.40 GMT", on a page whose entries have
# stamps of their own (on dev, 596 of 599 lines led by "Updated" are metadata); on a page
# stamped by them alone ("Updated 3:10 PM" over each update), they are the entries' stamps.
UPDATE_NOTE = re.compile(r"^(?i:(?:last )?updated)\b")


def is_time_stamp(text: str) -> bool:
    """A live blog's entry heading: "2:20 p.m.", "11:05 a.m. ET", "09:45 GMT", "5 p.m.", "5.26pm GMT"."""
    return len(text) <= 30 and bool(_TIME_STAMP.match(text.strip()))


DATELINE_MAX_WORDS = 4  # a place: "KYIV", "RIO DE JANEIRO"; more upper-case words are a headline


# A document's own sections, its first among them: "SUMMARY" or "Overview" over its paragraph.
_SECTION_WORDS = frozenset({"summary", "background", "overview", "introduction", "context", "conclusion", "conclusions",
                            "highlights", "abstract", "findings", "recommendations", "contents", "foreword", "preface",
                            "methodology", "glossary", "appendix", "annex", "decision", "judgment", "judgement",
                            "notice", "statement", "report", "bulletin", "update", "minutes", "agenda", "release",
                            "timeline", "verdict", "analysis", "correction", "outlook", "reaction"})
_NO_PLACE_WORDS = frozenset({"results", "you", "your", "we", "our"})  # "LOTTO RESULTS", "BEFORE YOU READ": no place holds them
_NO_PLACE_OPENERS = frozenset({"from", "what", "how", "why", "who", "when", "where", "which", "our", "your", "inside", "about"})
_SECTION_LABELS = _SECTION_WORDS | {"key points", "at a glance", "executive summary", "ministerial foreword", "by the numbers"}


# Upper-case labels a page sets where a dateline could stand: never places.
_LABELS = {"press release", "news release", "media release", "press statement", "media statement", "statement", "breaking", "breaking news", "exclusive", "analysis",
           "opinion", "comment", "live", "update", "updated", "explainer", "factbox", "insight", "news", "world",
           "politics", "business", "sport", "sports", "review", "feature", "interview", "editorial", "obituary",
           "details", "description", "timeline", "the facts", "verdict", "notes", "purpose", "scope"} | _SECTION_LABELS


def is_section_label(text: str) -> bool:
    """A document's section by its usual name ("Overview", "EXECUTIVE SUMMARY"): never its
    headline or a place."""
    return text.strip().rstrip(":").casefold() in _SECTION_LABELS


DATELINE_MIN_LETTERS = 3  # "ROME", "BONN"; two letters are a control's or a code's ("AA" sizes the text)


# A rating: stars, alone or over a review's title ("★★★★☆ Good value"), or a score ("4.5 out of 5 (61
# reviews)", "Score: 8/10"); on dev, none of 158 such lines is a heading. Never a newsletter's "⭐
# Spotlight", nor a statistic's "1 out of 5 adults ...", "3 out of 10, or nearly a third, ...".
_RATING = re.compile(r"^[★☆✩✭✮⭐]{2,}|^[★☆✩✭✮⭐] ?\d|^(?:rating|score|verdict)\s*:?\s*\d(?:\.\d)?\s?(?:/|out of)\s?(?:5|10)\b"
                     r"|^\d(?:\.\d)?\s?(?:/|out of)\s?(?:5|10)(?:$|\s*(?:stars?\b|from \d|based on \d|"
                     r"\(\d[\d,]* (?:\w+ )?(?:reviews?|ratings?|votes?)\)|[·|\"“★☆]))", re.IGNORECASE)


def is_rating(text: str) -> bool:
    return bool(_RATING.match(text))


def is_dateline(text: str) -> bool:
    place = text.split(",")[0]
    letters = [c for c in place if c.isalpha()]
    return (len(letters) >= DATELINE_MIN_LETTERS and len(place.split()) <= DATELINE_MAX_WORDS and bool(_DATELINE.match(text))
            and not is_boilerplate(text) and place.strip().casefold() not in _LABELS
            and _SECTION_WORDS.isdisjoint(words := place.casefold().split()) and _NO_PLACE_WORDS.isdisjoint(words)  # "MINISTERIAL FOREWORD"
            and ("," in text or place.split()[0].casefold() not in _NO_PLACE_OPENERS))  # "FROM THE VICAR"; "WHAT CHEER, Iowa"


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", text)


TITLE_SLIPS = 0.2  # share of lower-case content words a long Title Case heading may slip on


# A name's own lower-case word, between two capitalised ones: "Pizzeria del Porto", "Da
# Teresa alla Sanità", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset("al alla alle bin da dal dalla das de degli dei del della delle der des di do dos du "
                           "e el la le van von y zu".split())


def _particle(found: list[str], k: int) -> bool:
    return found[k] in NAME_PARTICLES and k + 1 < len(found) and found[k + 1][:1].isupper()


@lru_cache(maxsize=1024)
def case_style(text: str) -> str:
    """'caps' for ALL CAPS; 'title' when the content words after the first are capitalised;
    'sentence' when one is not ("The origins of the Arctic Council": proper nouns keep their
    capitals in sentence case, so a lower-case content word is what tells); '' when the line
    has no content word to tell by."""
    if text.isupper():  # cheap first: most lines hold a lower-case letter
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return "caps"
    found = words(text)
    significant = [k for k in range(1, len(found)) if found[k].lower().strip(".'’") not in MINOR_WORDS
                   and any(c.isalpha() for c in found[k])]
    if not significant:
        return ""
    lower = [k for k in significant if not found[k][0].isupper() and not found[k][0].isdigit()]
    if all(_particle(found, k) for k in lower) or (len(significant) >= 5 and len(lower) / len(significant) <= TITLE_SLIPS):
        return "title"
    return "sentence"


_TERM_LINE = re.compile(r"^([A-Z0-9][^:]{0,40}):\s+(\S.*)$")  # "Kick-off: 8pm", "2022: Consent granted"


def term_value(text: str) -> tuple[str, str] | None:
    """("Kick-off", "8pm") for a "Term: value" line: a label of a few words, then its value."""
    m = _TERM_LINE.match(text)
    if not m or len(m.group(1).split()) > 4:
        return None
    return m.group(1), m.group(2)


def bullet(text: str) -> tuple[str, str] | None:
    """(marker, rest) for a bullet line."""
    if text[:1] not in _BULLET_MARKS:  # most lines: asked of every line, again and again
        return None
    m = _BULLET.match(text)
    return (m.group(1), m.group(2)) if m else None


def numbered(text: str) -> tuple[int, str] | None:
    if not text[:1].isdigit():
        return None
    m = _NUMBERED.match(text)
    return (int(m.group(1)), m.group(2)) if m else None


def term_split(text: str) -> tuple[str | None, str]:
    """Split a `Term: text` lead-in; the term is short and is no sentence."""
    m = _TERM.match(text)
    if not m:
        return None, text
    term = m.group(1).strip()
    if len(term.split()) > 6 or not (term[-1].isalnum() or term[-1] in CLOSING_QUOTES) \
            or has_sentence_break(term + " X"):
        return None, text
    if term[-1].isdigit() and m.group(2)[0].isdigit():  # a time such as 10:30
        return None, text
    return term, m.group(2)


# A sentence end: the stop first, so the regex engine skips ahead to stops instead of
# trying the look-behinds at every character; not after an initial (U.S.).
_SENTENCE_END = re.compile(r"[.!?](?<=[^\s][.!?])(?<!\b[A-Z]\.)[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


# A title or a short form that stands before a name, never at a sentence's end: "Dr. Amara
# Osei", "St. Kilian's", "Co. Kilbrennan"; and "No." before a number ("No. 4", not the answer "No.").
_BEFORE_A_NAME = re.compile(r"[(\"“‘]?(?:Mr|Mrs|Ms|Dr|Prof|Rev|Fr|Gen|Sen|Rep|Gov|Capt|Lt|Sgt|Col|Hon"
                            r"|No(?=\.\s+\d{1,3}\b))\.\s+\S")
# "St.", "Co." and "Mt." stand before a name after a small word or a comma ("at St. Kilian's",
# "Ballykeel, Co. Antrim"); after a name they end it, and may end the sentence ("Elm St.", "Harmon & Co.")
_PLACE_TITLE = re.compile(r"[(\"“‘]?(?:St|Co|Mt)\.\s+\S")


def split_sentences(text: str) -> list[str]:
    """Split at sentence ends; not after single-letter initials such as U.S., nor after a
    title that stands before a name ("Dr. Osei", "Co. Kilbrennan")."""
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        word = text.rfind(" ", 0, m.start()) + 1
        before = text[:word].split()[-1:] or [","]  # the word before: a small one, or a comma's
        if _BEFORE_A_NAME.match(text, word, m.end() + 1) or (_PLACE_TITLE.match(text, word, m.end() + 1)
                                                              and (before[0][0].islower() or before[0].endswith(","))):
            continue
        parts.append(text[start:m.start() + 1].strip() + m.group()[1:].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


# A product's price alone: "S$389", "Starting at $3.49/mo", "KSh 64,999", "From €129 at Harvey Norman",
# "£14,995 + VAT"
_PRICE = re.compile(r"^(?:(?:starting at|starts at|from|only|now|rrp|our price|price)\s*:?\s*)?"
                    r"(?:[A-Z]{1,3}\$|[£$€₹¥]|Rs\.?\s?|KSh\s?|NOK\s?|SEK\s?|DKK\s?|CHF\s?)\d[\d,.]*"
                    r"(?:\s?(?:/mo|/month|/yr|/year|a month|per month|a year|per year))?"
                    r"(?:\s?(?:\+|plus)\s?(?:vat|gst|hst)(?:\s?(?:&|and) licen[cs]ing)?)?"  # a dealer's "£14,995 + VAT"
                    r"(?: at [^.!?]{1,40})?$", re.IGNORECASE)


def is_price(text: str) -> bool:
    """A product's price alone, no heading: "S$389", "Starting at $3.49/mo"."""
    return bool(_PRICE.match(text))


# A heading's own link, copied with it: a wiki's "History [edit | edit source]", "Biography[]"; a
# manual's "Installation¶". Running text never ends on one.
_ANCHOR_MARK = re.compile(r"(?:\s?\[edit(?:\s?[|/]\s?edit source)?\]|(?<=\w)(?:\[\]|¶))$")  # "[]", "¶" glued on
ANCHORED_MAX_WORDS = 10


def anchored_heading(text: str) -> str:
    """The heading's name when the line is a heading closed by its own link or mark, else "":
    never code ("idle = []"), a table's row, or more than one word in lower case."""
    mark = _ANCHOR_MARK.search(text)
    name = text[:mark.start()].strip() if mark else ""
    words = name.split()
    if not name or len(words) > ANCHORED_MAX_WORDS or "=" in name or name.startswith("|") \
            or name.endswith((".", ",", ";", ":")) or (name[0].islower() and len(words) > 1):
        return ""
    return name
