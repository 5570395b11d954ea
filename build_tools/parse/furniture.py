"""Page furniture: lines a web page wraps around an article, which copied text keeps.

Each kind is recognised from the line alone: ads, read-time and audio widgets, share and
newsletter prompts, links to other stories, photo credits and captions, separators,
copyright and end-of-release marks, a wire story's agency credit, topic tags, a shop's line. Such a line is left out of the page and listed by
`briefing check`, so nothing disappears unseen. Lines whose role depends on where they
stand (a kicker over the headline, the headline repeated) are the masthead's business.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .first_char import PatternTable
from .text import is_byline, is_read_time, is_stamp, split_sentences

FURNITURE_MAX = 300  # characters: a caption can be long; running text longer still is text

_I = re.IGNORECASE
_KINDS = (
    ("market data", re.compile(  # a share-price widget: "NSE: TRILOCHAN", "KRVT.AS", "₹1,284.60 ▲ 98.45 (8.30%)"
        r"^((nyse|nasdaq|lse|tsx|asx|nse|bse|ose|hkex|sgx|jse|otc|(?-i:[A-Z][\w ]{1,25} (Stock )?Exchange))\s*:\s*(?-i:[A-Z0-9.]{1,10})|(?-i:[A-Z]{2,6}\.(?:AS|AX|BO|BR|CO|DE|F|HE|HK|IR|KS|L|LS|MC|MI|N|NS|O|OL|PA|SI|SS|ST|SW|SZ|T|TO|VI))|"
        r"[+−-]?[$£€¥₹]\s?\d[\d,.]*\s*[▲▼↑↓]?\s*[+−-]?\d[\d,.]*\s*\(\s*[+−-]?\d[\d.]*%\s*\)|"
        r"(real-time|delayed) (price|quote)s? (as of|at)\b.{0,60}|"
        r"(previous close|day'?s range|52[- ]week range|avg\.? volume|market cap|p/e ratio|eps \(ttm\)|"  # a quote page's
        r"dividend yield)\s*:?\s*[$£€¥₹]?\d[\d.,]*[kmbt]?( ?[-–] ?[$£€¥₹]?\d[\d.,]*)?%?( x \d+)?|"  # key statistics
        r"open\s*:?\s*[$£€¥₹]?\d+\.\d{2}|volume\s*:?\s*\d{1,3}(,\d{3})+)$", _I)),  # never "Open 8.00 - 23.00", "Volume 2"
    ("advertisement", re.compile(
        r"^(advertisement( \d+)?|advertising|ad|sponsored( content| headlines| links| stories)?|sponsored( content| post)?\s*:\s*.{1,250}|paid (post|content)|"
        r"bet now|(odds|lines) (by|via|provided by|from|courtesy of) (?-i:[A-Z])[\w.'’& -]{1,40}|"  # a sportsbook's panel
        r"(?-i:[A-Z][\w.'’ -]{1,30}) [+−-]\d{3,4}( / (?-i:[A-Z][\w.'’ -]{1,30}) [+−-]\d{3,4})*|"  # "Delacroix -150"
        r"register now|book now|(secure|save|reserve|book) your (spot|seat|place|pass)\b.{0,150}|"
        r"(the )?(story|article) continues below( (this )?(advertisement|ad))?|story continues|continue reading below|"  # Yahoo's
        r"(the )?(story |article |text )?continues after (the )?(advertising|advertisement|ad)|"  # "Continues after advertising"
        r"this advertisement has not loaded yet\b.{0,80}|get (a |your )?(free )?quotes?|get a (free )?quote (on|for) (a|your) new\b.{1,50}|"
        r"find (a|an|your) (deal|dealer|adviser|advisor|broker|tutor)|find dealer pricing|talk to (an? )?(adviser|advisor|expert)|"
        r"compare now|compare [\w' ]{1,30} near you|start your search|"
        r"see (my|your|today's) rates|compare (current |today's )?rates|"
        r"check availability( (on|at|with) [\w .'’&-]{1,40}?(\.[a-z]{2,6})?)?|see (prices|deals|rates) (for|at|on|in) [^.!?]{1,60}|"  # an affiliate's links
        r"compare (hotels|deals|flights|offers)( (in|at|on|from) (?-i:[A-Z])[\w .'’&-]{0,40})?|"
        r"get (a|the) (great |good |better |best )?deals? on [^.!?]{1,60}|"
        r"enter (your )?(zip|post) ?code|zip ?code|sponsored partner|advertisement\W+continue reading below|"
        r"[^\[\].!?]{1,100} \[(get|sign|start|book|compare|apply|shop|buy|try|subscribe|download)\b[\w' ]{0,20}\]|"
        r"skip (this )?(ad|advertisement)|this ad will end in \d+|ad ends in \d+|remove ads?|(video )?ad feedback|"
        r"advertisement\W+scroll to continue|advertisement\W*hide ad|scroll to continue( with content)?|"
        r"we may earn (a )?commission\b.*|(check|see) (the )?price (at|on) .{1,40}|hide ad|"
        r"(presented|sponsored|brought to you|powered|supported) by [A-Z][^.!?]{1,60}|sponsor message|"
        r"(?-i:TOGETHER WITH [A-Z0-9][A-Z0-9&.'’-]*( [A-Z0-9&][A-Z0-9&.'’-]*){0,4})|"  # a newsletter's sponsor: "TOGETHER WITH LUMEN PAYROLL"
        r"proudly (supported|sponsored) by\b.{0,100}|text ad\s*:.{0,200}|"
        r"book (a|your) [\w ]{0,20}tickets?\b.{0,40}|in association with [A-Z][^.!?]{1,80}|(?-i:In) partnership with( (?-i:[A-Z])[^.!?,]{1,60})?|"
        r"this (edition|newsletter|email|episode|podcast|show)( of [\w’'&. -]{1,40})? is (supported|sponsored|brought to you) by\b.{0,250}|"

        r"watch (every|all) (?=[^.!?]*$)[\w' ]{1,60} (live|free)\b[^.!?]{0,40}|catch every (goal|game|match|try|point)\b[^.!?]{0,60}[.!]? watch now|"
        r"buy (tickets|now)\b.{0,60}|buy (it |now )?(on|at|from) (?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,2}(\.[a-z]{2,6})?( for [$£€¥₹]\s?\d[\d,.]*| \([$£€¥₹]\s?\d[\d,.]*\))?|get tickets\b.{0,80}|shop( now| all| online| our| the range)\b[^.!?]{0,80}|shop now|shop:.{1,120}|shop the look\b.{0,150}|"
        r"(headline|official|principal|media) partner\s*:\s*[^.!?]{1,80}|"
        r"((match|official|headline|kit) )?sponsors?\s*:\s*[^.!?]{1,80}|"
        r"\**a message from [^:.]{1,60}:\**\s.{0,250})\W*$", _I)),
    ("read time", re.compile(
        r"^((estimated )?(read(ing)?|listening)( time)?:?\s*\d+\s*(min(ute)?s?|m)\b\W*|\d+\s*[–-]\s*\d+ min(ute)?s\W*|"
        r"click to play video:? .{1,150}|((video )?duration|length):? \d{1,2}:\d{2}(:\d{2})?|"  # ("Estimated 20 minutes" times a task)
        r"((video )?duration:? )?(\d{1,2} ?(hr|hrs|hours?) )?\d{1,3} ?(min|mins|minutes?) \d{1,2} ?(sec|secs|seconds?)|(video )?duration:? \d{1,2} ?(hr|hrs|hours?) \d{1,2} ?(min|mins|minutes?)|"  # a clip's length: "2 min 05 sec"
        r"\d+\s*min(ute)?s?( (to )?read| listen| (read|reading|listening) time)?\W*|\d+\s*m( (to )?read| listen)\W*|(\d+h\s*)?\d+m read\W*|(\d+h\s*)?\d+m\s*\d+s|\d{1,2}:\d{2} [-–] source: (?-i:[A-Z])[\w .&'’-]{1,30}|listen\W+\d{1,2}:\d{2}(\s*min(ute)?s?)?|listen\s*\(\d+\s*min(ute)?s?\)|"
        r"\d{1,2}:\d{2}(:\d{2})?\s*/\s*\d{1,2}:\d{2}(:\d{2})?|\d{1,2}:\d{2}:\d{2}|(watch )?video\s*\d{1,2}:\d{2}|watch video|"
        r"(audio\s*:?\s*)?listen to (this )?(article|story|advisory|note|report|post|briefing|newsletter)\W*(\d+\s*(min(ute)?s?|m)|\d{1,2}:\d{2}(\s*min(ute)?s?)?)?\W*(learn more)?|"
        r"this (article|story|post|page) is (a )?\d+[ -]min(ute)?s?( read)?\W*|"
        r"(▶ ?)?listen to (this|the) (sermon|talk|homily|audio recording|recording)(\s*\([^()]{1,40}\))?(\s*:.{1,80})?|"
        r"▶ ?listen \(\d+ ?min\).{0,40}|"
        r"heard on (?-i:[A-Z])[\w'’&.-]*( (?-i:[A-Z])[\w'’&.-]*){0,4})$", _I)),
    ("share prompt", re.compile(
        r"^((kindly |please )?share( (this|the) (article|story|post|page))? via( \w+){0,2}|(kindly |please )?share( this( \w+){0,2}| (full )?(article|story|update|review|page|post))?( on \w+( \w+)?| in your social network)?|"
        r"share\s*\d+|click here to share\b.{0,40}|follow|followed|like|reply|thank|copy code|print (recipe|page)|"
        r"\d+ of \d+|next image|previous image|enlarge this image|view (this|the) (post|photo|video) on \w+|"
        r"(a )?post shared by .{1,80}|posted by .{1,60}\(@\w+\) on \w+|pic\.\w+\.com/\S+|"  # an embed's remnants
        r"(normal|larger|large|very large|small|smaller) text size|text size|"
        r"comments are (now )?closed\b.{0,80}|(this )?article is closed for comments\W*|join the conversation\b.{0,300}|"
        r"please keep (your )?comments\b.{0,250}|comments are moderated\b.{0,250}|"
        r"users with an? [\w' -]{1,30} can (leave|post|add) comments\b.{0,250}|"
        r"our comments? section is closed\b.{0,100}|"
        r"sort by|loading|(your )?email address|pin it|republish this (article|story)( for free)?|leave (a|your) (reply|comment)|"
        r"click to (share on \w+|email a link to a friend|print)( \(opens in new window\))?|want to join the conversation\?.{0,200}|"
        r"yes\W+no|more (articles|stories|posts) (by|from) .{1,60}|"
        r"copy|social sharing|license this (article|story)|article content|add to calendar|"
        r"add [\w' ]{1,20} on google|get it on google play|download on the app store|"
        r"share on (facebook|x|twitter|linkedin|whatsapp|email)\b.{0,80}|like \(\d+\)|\+ ?follow|"
        r"you must be logged in to\b.{0,100}|\d+ (thoughts|comments|responses|replies) on\b.{0,150}|"
        r"to view or add a comment\b.{0,40}|report this (article|post|comment|ad|advert|advertisement|letter|petition|notice|"
        r"job|campaign|story|event|profile|message|tribute|obituary)|"
        # a comment box's prompt: "Have your say. Sign in to comment.", "Have your say on this story",
        # "Have your say — join the discussion", "Comments are subject to our community guidelines."
        r"have your say on (this|the) (story|article)\W*|have your say( on [^.!?]{1,60})?\s*[.:—–-]\s*[^.!?]{0,40}?\b("
        r"(log|sign) ?in( or register)? to (comment|join)|to comment|comments? below|in the comments|join the (conversation|discussion)|"
        r"community (rules|guidelines)|before posting)\b.{0,60}|have your say on [^.!?]{1,60} in the comments( below)?\W*|"
        r"comments are (subject to (our|the site['’]s|this site['’]s|moderation)\b|powered by|the (opinions?|views) of (their|the) "
        r"(authors?|writers?|commenters?))\b.{0,200}|"
        r"send flowers|sign (the )?guest ?book|be the first to comment|\d+ comments?( / \d+ new)?|"
        r"follow us on [\w ]{1,30}|"
        r"(?-i:\d+(\.\d+)?[KM])|\d[\d,]*(\.\d+)?[km]? (followers|claps|likes|comments|responses|views|shares|restacks|reactions)|"
        r"view all [\d,]+ comments|(photo|image|slide|picture) \d+ of \d+|"
        r"(reader )?(comments|reactions|likes|shares) \(?\d+\)?|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s?\d+|"
        r"\d+ repl(y|ies) from\b.{0,100}|"
        r"your email address will not be published\b.{0,80}|"
        r"save (articles|stories) to read later\b.{0,80}|"
        r"share:?\s*(\w+\s*[/|,]\s*)+\w+|share( this| on)?:?(\s+(facebook|x|twitter|linkedin|whatsapp|email|reddit|bluesky|threads|pinterest|flipboard|telegram))+|share on|"
        r"share this (story|article|post|page)\s*:\s*.{1,200}|x \(twitter\)|like this:?|like loading\W*|"
        r"embed this (chart|graphic|video|map|table)|\d+(\.\d+)?[km]\+|download (the )?(pdf|data|full report|report|transcript)\b.{0,40}|"
        r"cite this (explainer|article|report|page|story)\b.{0,250}|"
        r"download (this|all) [\w ]{1,40} \((pdf|zip|docx?|xlsx?)[^)]{0,20}\)|"
        r"(facebook|twitter|x|whatsapp|linkedin|email|instagram|threads|bluesky)( ?[/|,] ?(facebook|twitter|x|"
        r"whatsapp|linkedin|email|instagram|threads|bluesky))+|instagram|youtube|tiktok|threads|bluesky|reddit|pinterest|flipboard|telegram|watch on (youtube|vimeo|tiktok|instagram)|jump to recipe|(get|view|see) the recipe|rate this recipe|save to (my )?recipes|"
        r"bookmark|(pin|save) (this|it) for later|follow us|join the conversation:?( \d+ comments?)?|share (this )?(episode|podcast)|"
        r"comments on this (piece|article|story|post) are\b.{0,200}|"
        r"share (via|by) \w+|share or comment on this article|"
        # a blog platform's buttons, alone or run together: "Email ThisBlogThis!Share to XShare to Facebook"
        r"((email this|blog ?this!|share to (facebook|twitter|x|pinterest|linkedin|whatsapp|reddit|threads|bluesky)) ?)+|copy( the)? link( copied)?|link copied|permalink( https?://\S+)?|"
        r"(press )?(\{\w+\}|(ctrl|cmd|⌘) ?\+? ?c) to copy|editorial standards ⓘ|journalistic standards and practices|"
        r"facebook|twitter|x|whatsapp|linkedin|email|e-mail|print( or save)?( this page)?|tweet|share options|"
        r"(hits|views|reads|page views)\s*:\s*[\d,]+|"
        r"comments?( \(\d+\))?|(read|view|see) (all )?[\d,]+ comments?|save( (this )?(article|story))?|gift (this )?(article|story)|reuse this content|"
        r"download (pdf|as pdf|this (chart|image|table|data|page))|download (the )?(full )?[\w -]{1,40} \((pdf|docx?|xlsx?)[^)]{0,20}\)|"
        r"(?!.*[.!?]$)download (?!as\b)(?=.{0,100}(\((pdf|csv|docx?|xlsx?|epub)\b|\b(pdf|csv|docx?|xlsx?)\)|\b\d+(\.\d+)? ?[km]b\b|"
        r"\bthis [\w ]{1,30} as (a )?(pdf|csv|word|excel)\b)).{0,200}|"  # a file's kind or size: "Download this guide as a
        # PDF (412KB)"; no sentence, nor a guide's "Download as Word (.docx)" over its steps, nor a feature's "Download
        # your GP record as a PDF" over its text
        r"print this [\w ]{1,30}( \(pdf\))?|"
        r"skip to (main )?(content|navigation|site index|search|footer|menu)|back to( top| news| (?!(\w+ ){3,}\w+\.\s*$)[\w &-]{1,30})?|return to top)\W*$", _I)),  # never a sentence: "Back to normal ... afternoon."
    ("shop prompt", re.compile(  # a price widget: "£329 at Argos", "View all prices"
        r"^([£$€]\d[\d,.]* (down |a month |per month |/mo )?at [A-Z][\w&'’. ]{1,30}|"
        r"view all (prices|deals)|(view|see|get|check) (the )?(deal|deals|price|prices)( at [\w&'’. ]{1,30})?|today'?s best .{1,60} deals|"
        r"prices (are )?(correct )?at (the )?time of publication\b.{0,100}|"
        r"trade in your (old )?[\w ]{2,20} and get up to [£$€][\d,]+ off\b.{0,30})$", _I)),  # a shop's trade-in offer
    ("cookie notice", re.compile(
        r"^((we|this (site|website)|we and our partners) use (some )?(essential |necessary )?cookies\b.{0,200}|"
        r"(accept|reject|allow|refuse) (all|additional|optional|analytics)?\s?cookies|accept all|reject all|"
        r"(manage|cookie) (preferences|settings|choices|options)|more options|cookie policy|(view|manage|customi[sz]e) cookies|"
        r"cookies on (the )?[\w.-]{2,30}( website| site)?|cookies on (the )?[\w.&'’ -]{2,60} (website|site))\W*$", _I)),
    ("page control", re.compile(  # a forum's or a help centre's controls, counters and post stamps
        r"^(viewed [\d.,]+k? times|views:? [\d.,]+k?|[\d.,]+k? (views|replies|users|likes|upvotes)|\d{1,3}% upvoted|"
        r"\d[\d,]* (people|users) (have|had) this question|i have the same question( \(\d[\d,]*\))?|"
        r"\d[\d,]* (out of \d[\d,]* )?(people |users )?found this (reply |answer |post |article )?helpful|"
        r"was this (reply|answer|post) helpful\??|how satisfied are you with this (reply|answer)\??|"
        r"sort(ed)? by:?( (best|top|new|newest|oldest|votes|date|highest score)( \(default\)| first)?)?|"
        r"sort:? (oldest|newest|best|top)( first)?|highest score \(default\)|"
        r"accepted answer|post your answer|add a comment|improve this (question|answer|post)|reply\s+report|report abuse|"
        r"give award|(load|view) more (replies|comments)|sign in to (reply|comment)|"
        r"(log|sign) in or sign up to (leave a )?(comment|reply)|please sign in to leave a comment\.?|message the mods|"
        r"about (this )?community|hot network questions|related (questions|threads)|"
        r"solved by [\w.-]+ in post #\d+|(created|last reply) (\d+[smhdw]|[a-z]{3} \d{1,2}(, \d{4})?)|"
        r"(op )?· \d+ ?(s|secs?|mins?|hrs?|h|d|days?|wk|mo|yr)\.? ago|"
        r"(?!(?:he|she|they|it|we|i|you|the) )(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) said(\.\.\.|…))$", _I)),  # a blog comment's "Anonymous said..."
    # A bare count or a control's word ("1.1K donations", "41 reposts", "1d", "Edited", "Cite
    # this"): a widget's beside other furniture (widgets.py decides); under "The appeal in
    # figures" the story's own figures, in a glossary or a guide its headings.
    ("widget part", re.compile(
        r"^([£$€][\d,.]+k? (raised|pledged)|"
        r"[\d.,]+k? (donations|donors|backers|supporters|pledges|reposts|retweets|boosts|favourites|favorites|shares)|"
        r"[\d.,]+k? (global )?(ratings|reviews|photos|readers|members|followers|votes|points)|"
        r"\d{1,2} days? \d{1,2} hrs? \d{1,2} mins?|\d{1,2}(h|d|w|mo|y|yr)|"
        r"edited|boosts?|favou?rites?|author|most relevant|cite this|add (a )?(tag|note)|"
        r"(new|junior|senior|active|well-known|registered|established|valued|verified) member|site admin|"
        r"forum (admin|moderator)|top|"  # a poster's rank, a thread's link back up the page ("Top"; a guide's "Top" over "Bottom")
        r"(play|pause|mute|unmute|mute/unmute) episode|(fast forward|skip forward|rewind|skip back) \d+ seconds|"  # a player's
        r"show replies by (date|thread)|thread view|list overview|×?\s*keyboard shortcuts|participants \(\d+\)|tags \(\d+\)|"
        # a player's words, a paper's tab, a comment prompt, a paywall's offers: headings of their own in a
        # guide or a deals roundup
        r"video (loading|unavailable)|(click|tap) to (play|watch)|today['’]s paper|share what you think|"
        r"try (unlimited|full|premium|digital) access|(only|just) [£$€]\d+(\.\d\d)? for \d+ (weeks?|months?)|"
        r"explore our (full )?range of subscriptions|explore more offers)$", _I)),
    ("page control", re.compile(  # a fundraiser's, a social post's and a group's counters, timers and buttons
        r"^([£$€][\d,.]+k? (raised|pledged) of [£$€][\d,.]+k? (target|goal)|of [£$€][\d,.]+k? (target|goal)|"
        r"[£$€][\d,.]+ · \d{1,2} ?(s|m|h|d|w|mo|y|mins?|hrs?|days?)|"
        r"([£$€]\d[\d,]* +){2,6}other( amount)?|"  # a donation form's amounts: "£25   £50   £100   Other amount"
        r"words of support \(\d[\d,]*\)|back this project|embed (this )?widget|(match funding|the campaign) ends in|"
        r"[A-Z][\w'’.-]*( [A-Z][\w'’.-]*){0,3} and [\d,.]+k? others|• ?(1st|2nd|3rd\+?)|like \d[\d,.]*k? share|"
        r"(public|private) group · [\d.,]+k? members|join (the )?channel|"
        r"this page (refreshes|updates) automatically\b.{0,80}|(the )?admins? (turned|have turned) off comment(ing|s) (on|for) this post\W*|"
        r"you (need|must|have) to be (a backer|a member|logged in|signed in)( of this [\w ]{1,20})? to comment\W*|"
        r"follow [\w .'’-]{1,40}:\s*@[\w.]+|"
        r"shared on [\w ]{1,20} by [^()]{1,60} \(@[\w.]+\)|"
        r"\d{1,2} ?(h|hrs?|d|w|mo|y|yr) • (edited( •)?)?|add a comment…?)$", _I)),
    ("page control", re.compile(  # a journal platform's tools and counters round a paper's text
        r"^(get rights and content|under a creative commons licen[cs]e|recommended articles|download citation|"
        r"reprints and permissions|rights and permissions|full size (table|image)|metrics details|cite this article|"
        r"journal homepage|crossref citations to date|people also looked at|view all \d+ articles|\d[\d,]* accesses|"
        r"\d[\d,]* altmetric|altmetric|suggested citation:?|export citation|peer review reports)$", _I)),
    ("page control", re.compile(  # a review site's, a shop's and a bulletin board's counters and buttons
        r"^([\d.,]+k? (users|members|people) (here now|online)|\d+ posts? • page \d+ of \d+|"
        r"level \d+ \([\d,]+ points?\)|posts: [\d,]+|joined: (\w{3} )?\w{3} \d{1,2}, \d{4}( \d{1,2}:\d{2}( ?[ap]m)?)?|"
        r"helpful( \(\d[\d,]*\))?|report|i made it|see all|view in context|add to (basket|cart|bag|trolley)|"
        r"only \d+ left in stock|visit the [\w&'’ .-]{1,30} store|"
        r"(write a|review this) (product )?review|review this product|see more (reviews|answered questions)( \(\d[\d,]*\))?|"
        r"post reply|search this (topic|forum|thread)\W*|return to “[^”]{1,40}”|i have this question too( \(\d[\d,]*\))?|"
        r"email this job|save (this )?job|similar jobs|apply (now|for this (job|role|position))|"
        # a property listing's rail ("Similar homes", "Similar properties in Rietvlei Heights"; its
        # buttons, "Get pre-approved", "Book a viewing", may head a buyer's guide's steps)
        r"similar (listings|properties|homes)( (in|near|for sale in) [\w'’ -]{1,40}| nearby| for sale)?|"
        r"reply with quote|multi-?quote|upvote( [\d.,]+k?)? downvote|top \d{1,2}% (commenter|poster|contributor)|"
        r"sign in to edit|edit source|talk \(\d[\d,]*\)|"  # a wiki page's tabs (a bare "History", a guide's "View history", head sections)
        # a post's own buttons ("Like Reply Report", "2d Like Reply") and its counters ("14 reactions · 9 comments")
        r"(\d{1,2}[smhdwy] )?(like|reply|report|quote|share)( ?[·|]? ?(like|reply|report|quote|share|edit|delete)){1,5}|"
        r"\d[\d,.]*k? (reactions?|likes?|comments?|shares?|replies|views)( · \d[\d,.]*k? (reactions?|likes?|comments?|shares?|replies|views))+|"
        r"join date: \w{3,9} \d{4}|member since \d{4}( · [\w ]{1,30})?|topic replies views activity|"
        r"search in r/\w+|get (the )?app|jump to (the )?latest (update|post|entry)|buy (it )?now|"
        r"join the (discussion|conversation) \(\d[\d,]* comments?\)|"
        r"reply via email to [^@.]{1,60}|download raw message|"
        r"loading( more)? (posts|entries|updates|comments)\W*|loading (twitter|x|instagram|youtube|facebook|tiktok|bluesky|threads) content)$", _I)),
    ("page control", re.compile(  # live-blog and site controls, breadcrumbs, page feedback
        r"^(show key events only|show (all|more|less)( stories| updates| replies| news| articles)?|show (earlier|older) (updates|posts|entries)|show (latest|newest|new) updates|load (older|earlier) (entries|posts|updates)|"
        r"load more( posts| updates)?|(tap|click) to (un)?mute|refresh|a a( a)?|(?-i:Aa)|a- ?a\+?|a\+ ?a-|"  # a text-size control: "A A A", "A- A+" (a bare
        # "AA" may be a credit rating's heading)
        r"explore more( offers| stories)?|skip next section( [\w ]{1,40}| \d{1,2}[:.]\d{2}( [A-Z]{2,5})?)?|show \d+ new (updates?|posts?|entries)|"
        r"pinned( post)?|(previous|next) (article|post|story|episode|chapter|announcement|dispatch|incident)(\s*:.{1,150})?|end of article|top of (the )?page|short (?:url|link)|"
        r"auto-?(refresh|update) ?: ?(on|off)|\(\d+\) comments?|(read|about) (our|the) editorial (standards|policy|guidelines)|"
        # an election's and a live page's controls
        r"(track|get|catch) (all the )?latest (news|updates)\b.{0,150}|read (our|the) editorial (code|standards|policy|guidelines)\W*|"
        r"refresh( (the|this) page)? for (the )?(latest|updates)\b.{0,30}|refresh page|save to my [\w ]{1,20}|share with your (class|students|friends)|"
        r"report this (resource|comment|post|review|update|clipping|listing|photo)|show all key events|continue reading|printer[- ]friendly version|"
        r"(show|reveal|hide|see) (the )?(answers?|solutions?)\W*|"  # a quiz's button under each question
        # a like button's messages, a page's own links: "Email This Link", "Jump to Nutrition Facts"
        r"thank you for liking\W*|you have already liked this (page|article|post)\b.{0,40}|email this (link|article|story|page)\W*|"
        r"join the discussion\W*|jump to (section|(main )?content|tutorial|verdict|sources|nutrition( facts)?|comments|navigation|"
        r"instructions|directions|method|ingredients|"
        r"search|specs|faqs?|reviews?|video|results|map)\W*|"
        r"previous (article|post|story|episode|chapter|patch|page|part|lesson|level|quest|update|release|version): [^/]{1,80} / "
        r"next (article|post|story|episode|chapter|patch|page|part|lesson|level|quest|update|release|version): .{1,80}|"
        r"[\d.]+\s?★ on the (app store|google play)\b.{0,40}|"
        r"hi,? i'?m \w+,? (your )?(virtual|digital|online) assistant\b.{0,80}|ok,? got it|auto-?update\s*:?\s*(on|off)|"
        r"select your (constituency|ward|area|region|state|council|electorate|district|county)|"
        r"enter your (postcode|zip code) to (see|find|check)\b.{0,60}|"
        r"view (image|photo|picture) in full ?screen|comments are (open|available) (only )?to (members|subscribers)( only)?|"
        r"(?-i:(?=[\w.]*(\d|_|\.|[a-z][A-Z]))[\w.]{3,30}) [-–·|] \d{1,2} (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|"  # a commenter's handle
        r"reblog|watch now|order now|[\d,]+ (people )?(viewing|reading|watching) (this page|now)|"
        r"save (this|the) recipe\b.{0,60}|a version of this (article|story) appears? in print\b.{0,250}|"
        r"reader rating\s*:?\s*[★☆]{1,5}.{0,30}|get a (free )?quote in \d+ (minutes|seconds)|"
        r"start your (switch|quote|application)|"
        r"map data\s*[:©].{1,200}|open in (the )?app|claim (this |your )?offer|add (a )?comment|"
        r"send (us )?feedback|email now|read this next|shop the story|browse (all )?jobs|place an? (notice|ad)|top comments|\d+ notes|"
        r"add [\w ’'-]{1,40} to (your|my) (watchlist|list|favourites|favorites)|"
        r"report a crime online|report a crime online( / call \d{3})+( / emergency \d{3})?|"
        r"call (999|911|000|112) in an emergency\.?( for non-emergencies,? call \d{3}\.?)?|"
        r"thanks? (you )?for your feedback\W*|please share your (thoughts|feedback)|chat with us|"
        r"sort by\s*:?\s*(newest|oldest|latest|relevance|popular|most popular|top|best|date|rating|price)( first)?|"
        r"text size:?( (standard|normal|small|medium|large|larger|a\+?|a-)){0,3}( print( this page)?)?|a- ?a ?a\+|a\+ ?a ?a-|"  # a page's text control
        r"(this|the) (article|page|story|text) (was|has been|is) (automatically |machine[- ])?translated\b.{0,150}|"
        r"footer navigation|"
        r"enquire now|enquire (about|on) this (car|vehicle|property|home)|"
        r"watch the (trailer|video|clip|highlights|replay)|"
        r"pre-?order (now )?(at|from|on) (?-i:[A-Z])[\w&'’.-]*( (?-i:[A-Z])[\w&'’.-]*){0,2}|visit (the )?(website|site|store|shop)|view results|"
        r"read later|visit (us|retailer)|download (now|app|files|image|text|full issue|this (release|report|document))|"
        r"search suggestions|watch ([\w’'-]+ ){0,4}on (netflix|prime video|disney\+|apple tv\+?|bbc iplayer|iplayer|itvx|peacock|"
        r"hulu|max|paramount\+|now|youtube|channel 4|sky go|stan|binge|crave|tubi|britbox|crunchyroll)|"


        r"play (now|video)|the video will auto-?play soon.{0,20}|scroll down to (use|see|find|read) [\w' ]{1,60}|"
        r"email a link to this page|feedback on this page|"
        # a social post's embed, its consent and its frame
        r"(allow|view) (content on )?(instagram|twitter|x|tiktok|youtube|facebook)( content)?\??|"
        r"(end of|skip) (instagram|twitter|x|tiktok|youtube|facebook) (post|content|video)( by .{1,40})?|"
        r"(instagram|twitter|x|tiktok|youtube|facebook) content|accept and continue|content is not available|"
        r"this content can also be viewed on the site it originates from\.?|"
        r"(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\s[-−]?\d{1,2}\s?°[CF]? (?:(?:Mainly|Partly|Mostly|Light|Heavy) )?"
        r"(?:[Ss]unny|[Cc]loudy|[Ss]howers|[Rr]ain|[Cc]lear|[Ff]og|[Ss]now|[Dd]rizzle|[Oo]vercast|[Ss]torms|[Tt]hunderstorms|"
        r"[Ww]indy|[Mm]ist|[Ss]leet|[Hh]ail|[Ff]air))|"  # a weather widget: "Athlone 11°C Showers", its place, its sky
        r"(?-i:[-−]?\d{1,3}\s?°[CF]? (?:Mainly |Partly |Mostly )?(?:Sunny|Cloudy|Clear|Overcast|Fog|Showers|Rain|Snow))|"  # "82°F Sunny"
        r"current (?:conditions|weather)\b[^.!?]{0,40}:\s*[-−]?\d{1,3}\s?°[CF]?\b.{0,30}|"  # "... at Bear Gulch: 61°F, clear"
        r"watch live|listen live|add to (my )?(watchlist|sounds|list|playlist|queue|library)|"
        r"save to (my )?(favourites|favorites|list|watchlist)|(listen|watch) · \d+ (min|mins|minutes)|e&oe|\d+ captures|about this capture|swipe (up|left|right)\b.{0,60}|"
        r"also from this source|(video ?player ?)?close( ?video ?player)?|(youtube |vimeo )?video ?player|"
        r"peer-reviewed publication|"
        r"edit this page( on (github|gitlab))?|"
        r"printable version|print (entire|this|the whole) guide|disclosure statement|add to (my|your) (schedule|itinerary|agenda)|"
        # a podcast player's link: "▶ Listen to this episode (1:58:12)", "Play programme"
        r"(▶\s*)?(play (this )?(programme|program|podcast)|"
        r"listen to (this|the) (episode|interview|programme|program|podcast|segment)( \(\d{1,2}(:\d{2}){1,2}\))?)|"
        r"scroll down for (the )?video|editorial code of conduct|editorial standards and policies|"
        r"view (deal |price |it )?(at|on) (?-i:[A-Z])[\w.'’&-]*( (?-i:[A-Z])[\w.'’&-]*){0,2}(\.[a-z]{2,6})?|"
        r"this (article|story) was published more than [\w ]{1,20} ago\b.{0,120}|gift (this|the) (article|story)( free)?|"
        r"(skip past|after) newsletter promotion|pin (this|it) (post |recipe )?for later!?|"
        r"from wikipedia, the free encyclopedia|retrieved from\W+https?://\S+|"  # an encyclopedia's page
        r"view [\w'’. -]{1,30}(profile|bio)|view (full )?bio|copy (template|text|to clipboard)|font size|"
        r"(is|was) this (page|article|story) (useful|helpful)\?(\s*(yes|no)\b\W*)*|(yes|no),? this page is (not )?(useful|helpful)|view original content\b.{0,250}|translate this page|sign in|refresh this page\b.{0,60}|"
        r"(click here to )?report an? (problem|typo|error|mistake)( or (error|typo|mistake))?( (with|on) this (page|story|article))?|"
        r"(first |last )?(published|updated|posted)( on)?|see all updates|respond online|watch the latest\b[^.!?]{0,80}|(spotted|found|see) an? (error|mistake|typo)\?.{0,60}|"
        r"see (the )?(full|all|complete) [\w' ]{1,30}|start (the|our|this) (survey|quiz|questionnaire)|"
        r"find (a|an|your) [\w' ]{1,30} near you|"
        r"view comments( \(\d+\))?|jump to comments( \(\d+\))?|menu|search|home|home\s*[›>»/|].{0,120}|"
        r"play|pause|listen|watch|how would you rate this (page|article|recipe|episode)\?.{0,20}|"
        r"[★☆]{5}\s*[\d.]+\s*(/\s*5\s*)?(from|\()\s*[\d,]+ (ratings|reviews|votes)\)?|"
        r"☆{5}|no ratings yet|view (all |the )?(photos|images|pictures|gallery)( \(\d+ (photos|images)\))?|(start|next) (the )?slideshow|"
        r"view (larger|on|the) map|show on map|"
        r"click the map\b.{0,60}|check-(in|out) date|"
        r"submit|terms and (privacy policy|conditions)|not now|maybe later|"
        r"this video can ?not be played|to play this video you need to enable javascript\b.{0,60}|"  # a video's placeholder
        r"[\w'’. -]{1,40} (is|are) not responsible for the content of external\b.{0,100}|"
        r"(was|is) this (advice|information|page|article|template|guide|answer|post|update) (helpful|useful)\?.{0,80}|"
        r"did you find this( page| information| article| guide| template| answer| update)? (helpful|useful)\?.{0,40}|"
        r"print this page\b.{0,80}|expand all( ?/ ?collapse all)?|collapse all|"
        r"(purchase|acquire) licensing rights\b.{0,30}|more to follow\W*|"
        r"this is a developing (news )?story\b.{0,150}|this (story|article|page) (is being|will be) updated\b.{0,100}|"
        r"watch live\s*[:|–-]\s*[^.!?]{1,60}|"
        r"did this (answer your question|help|article help)\?.{0,40}|"
        r"did you find what you were looking for\?(\s*(yes|no)\b\W*)*|next page|previous page|"
        r"getting your [\w ]{1,30} player ready\W*|"
        r"is there (a problem|anything wrong) with this page\?|answer a quick question|was this (helpful|useful)\?(\s*(yes|no)\b\W*)*|"
        r"(was|is) this (leaflet|guide|information) (helpful|useful)\?.{0,40}|rate this (leaflet|guide)|"
        # a search box's hint names what it finds ("Search for symbols or companies", "Search for
        # articles..."), with no headline's colon: "Search for missing walker on Scarrow Pike: live updates"
        r"search for(?::|[^:]{0,60})|search (this site|this report|this guide|[\w-]+\.[a-z]{2,}).{0,60}|"
        r"an official website of\b.{1,80}|here'?s how you know|"
        r"go to (contents|navigation|main content)( go to (contents|navigation))?|register (your )?interest|"
        r"corrections and clarifications\b.{0,80}|change (text )?size|photo gallery\b.{0,40}|still need help\?.{0,100}|"
        r"report a problem with this [\w ]{1,20}|official|official[- ]sensitive|"
        r"internal\W{1,3}do not (forward|share|distribute)\b.{0,80}|"
        r"for immediate release|e-?edition|weather\s+-?\d+°\s?[cf]?\b.{0,40}|page \d+( of \d+)?|- ?more ?-|"
        r"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}|original (title|language)\s*:.{1,200}|"
        r"read the original (article|story)\b.{0,60}|"
        r"(show|hide|toggle|expand|collapse) (the )?(captions?|image|photo|gallery|transcript)|now playing|"
        r"open this (photo|image) in (the )?gallery|view (the )?(photo )?gallery|add topic|learn more|"
        r"(ie ?11|internet explorer( 11)?|your browser) is (no longer |not )supported\b.{0,150}|"
        r"report an? (editorial error|technical (issue|problem))|vote to see results|"
        r"newer posts?( older posts?)?( home)?|older posts?|blog archive|about me|view my complete profile|"
        r"post a comment|no comments:?|discussion about this post|restacks?|write a comment\W*|ready for more\?|"
        r"next|previous|you are here:?|forgot your (username|password)\?|"
        r"[►▼▶]\s*[\w ]{1,20} \(\d+\)|rated [\d.]+ out of \d+( \([\d,]+ (ratings|reviews|votes)\))?)\W*$", _I)),
    ("newsletter prompt", re.compile(
        r"^(sign up( now| here| today)?\b.{0,120}|stay in the loop|"
        # a newsletter's tagline under its name: "Your weekly dose of health and science research, explained",
        # "... and the stories behind it, every Monday morning" (never "Your week at a glance")
        r"your (daily|weekly|weekend|weekday|morning|evening|monthly) (briefing|round-?up|dose|digest|reading|guide|"
        r"news|update|catch-?up|fix|read)\b[^.!?]{0,80}|[^.!?]{2,60}\s(stories|news|newsletter|briefing|picks?|digest|reads|"
        r"reading|round-?up|headlines)\b[^.!?]{0,40}, every (day|week|weekday|morning|evening|"
        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( morning| evening)?)|privacy notice: newsletters may contain\b.{0,300}|"
        r"(download on the app store|get it on google play)(\s*[|/·]\s*(download on the app store|get it on google play))?|we use your sign-?up to provide content\b.{0,300}|"
        r"join (us|[\w’'&. -]{1,40}) on (whatsapp|telegram|signal|instagram|facebook|threads|bluesky)\b.{0,80}|"
        r"(receive|get|follow) [\w’'&. -]{1,30} (news|updates|alerts) on (whatsapp|telegram|signal)\W*|we respect your privacy\W*|forward to a friend|"
        r"want to change how you receive these emails\?|our mailing address is:?|"
        r"you can update your preferences or unsubscribe\b.{0,60}|\d+ likes? ∙ \d+ restacks?|thank you!|thanks? (you )?for signing up\b.{0,60}|thanks? (you )?for subscribing[!.]?|invalid e-?mail( address)?\W*|for subscribers( only)?|subscribers? only|"
        r"do you have a story( for [\w\'’ ]{1,40})?\?.{0,100}|email us at \S+@\S+\.\w+|"
        r"subscribe( now| today| here)?\b(?! to the (?-i:[a-z])(?!.*\b(newsletter|podcast|channel|blog|feed|mailing|show|"
        r"series|edition|magazine|digest|free|weekly|daily|inbox|access|issues|briefing|bulletin|updates|alerts|"
        r"stories|news|round-?up)\b))"
        r".{0,200}|"  # never an instruction's "Subscribe to the v3 event types before you switch ..."
        r"your subscription (has been|was|could not be|couldn'?t be)\b.{0,100}|by providing (an|your) email\b.{0,200}|"
        r"by (submitting|signing up|subscribing|registering|continuing|clicking|entering|sending|creating|providing)\b"
        r".{0,80}\byou\b.{0,40}\b(agree|acknowledge|accept|consent)\b.{0,120}\b(terms|privacy|policy)\b.{0,200}|"  # a form's
        r"you have \d+ free (articles?|stories|reads)( remaining| left)?\b.{0,120}|start your free trial\b.{0,60}|sign me up|"
        r"start( a)?( free)? trial|upgrade to paid|give a gift subscription|already a paid subscriber\? sign in|"
        r"support the show|send us a (message|text)|"  # a podcast host's buttons
        r"check out this (story|article|post) (i|we) found (on|in) .{1,60}|read the full story\b.{0,40} in the .{1,40} app|"  # an app's share text
        r"this post is for paid subscribers|∙ paid|continue reading with (a|an|our) [\w'’&. -]{1,60} (subscription|membership)|"  # a paywall
        r"[·∙] ?writer for [^\d]{2,60}|"  # a blog platform's
        r"enter (your )?email( address)?|remind me( later| in \w+)?|support our [\w'’ ]{1,40}|support the (?-i:[A-Z])[\w'’ ]{1,40}|"
        r"forward this (email|newsletter)\b.{0,60}|unsubscribe\b.{0,80}|manage (your )?(preferences|subscriptions?)\b.{0,40}|"
        r"join [\d.,]+[km]?\+? (people|readers|subscribers)\b.{0,100}|don'?t miss (another|a|out)\b.{0,150}|"
        r"follow this (bill|story|topic|author|case)\b.{0,100}|follow [\w’'&. -]{1,40} to get\b.{0,100}|"
        r"don'?t miss out on\b.{0,100}|thank(s| you) for reading\b.{0,200}|know someone who\b.{0,100}|we have more newsletters|"
        r"don'?t miss the\b.{0,150}\bnewsletter\b.{0,60}|follow (?-i:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){1,4})|by clicking\b.{0,150}|"
        r"(stream it|catch up|watch it|listen) on (?-i:[A-Z])[\w+’'. ]{1,30}|listen on (apple podcasts|spotify)\b.{0,100}|"
        r"embedded (post|video|tweet) from\b.{0,60}|see (all )?the [\w ]{1,60} (in|from) our (gallery|slideshow)\b.{0,30}|"
        r"follow @\w+\b.{0,100}|follow (it |us )?live\s*:.{1,100}|book your (trip|stay|holiday|tickets?|table)\b.{0,100}|"
        r"[\w'’& ]{1,40} is funded by (its )?readers\b.{0,150}|to place (a|an) [\w ]{1,30} (notice|advert|ad)\b.{0,100}|"
        r"apply now|book an? (open day|visit|tour|appointment)|book an? ([\w-]+ ){1,2}(appointment|consultation)|"
        # a booking button's offer: "Book a free 20-minute call", "Book a consultation | Find your nearest clinic"
        r"book an? (free\b[^.!?]{0,60}|consultation\b.{0,60})|"
        r"rate this (page|article|recipe|story)|forward this to a friend\b.{0,60}|"

        r"(follow|get) [\w ’'-]{1,60} on (our|the) app\W+turn on (push )?notifications\b.{0,40}|get (new |our |the )?[\w ]{1,30} by email\b.{0,100}|"
        r"save (this|it) [\w ]{0,30}to pinterest!?|get [\w ’'-]{1,60} (sent )?to your (phone|device)\W+turn on (push )?notifications\W*|"
        r"readers like you\b.{0,200}|(for|at) the price of (a|one) (cup of )?coffee\b.{0,200}|"
        r"(more than )?[\d,.]+[km]?\+? readers have already\b.{0,200}|contribute( now| today)?|"
        r"(daily|weekly|morning|evening) newsletter\s+(?-i:[A-Z]).{0,150}|"
        r"get (our|the) [\w ’'-]{1,40} alerts\b.{0,100}|get (email|e-mail|text|sms|news|breaking news) alerts\b.{0,80}|"
        r"send us (news|a tip|tips|your (news|tips|story|stories|pictures|photos|videos|images))\b.{0,100}|"
        r"([^.!?:|]{0,40}[?|] |support [^.!?:|]{1,40}: )?(support|join|subscribe|become|donate)\b[^.!?]{0,80} from [£$€]\d+(\.\d\d)? "
        r"(a|per) (month|week|year)\b.{0,20}|"  # a membership's price; never "Netflix: subscribe from £5.99 a month"
        r"get (the|our) (latest|best|top)\b.{0,120}|(enter|type) your email( address)?\W*|"
        r"discover more from [A-Z0-9][\w&'’ .-]{1,50}|"  # a newsletter platform's box at the foot
        r"already (a subscriber|have an account|subscribed)\b.{0,60}|log ?in( to .{1,40})?|"
        r"this (story|article|content) is (exclusive|only available|available only) to (our )?(subscribers|members)\b.{0,60}|"
        r"unlock \d+\+? (premium|exclusive|more)\b.{0,150}|renews automatically\b.{0,60}|explore (more )?offers|"
        r"you('ve| have) read \d+ of (your )?\d+ free (articles|stories)\b.{0,60}|"
        r"support (local|independent|our) (news|journalism)\s*:.{0,100}|become a (member|subscriber)\b.{0,80}|"
        r"listen to [\w ,'’&-]{1,60},? (our|the) [\w ,'’&-]{0,30}podcast\b.{0,100}|listen to our [\w ,'’&-]{0,30}podcast\b.{0,100}|"
        r"follow (the|our) [\w ,'’&-]{1,40} on (x|twitter|instagram|facebook|threads|bluesky)\b.{0,150}|"
        r"newsletter\s*:.{1,120}|"
        r"have you been affected by (this|these)\b.{0,150}|do you have an opinion on\b.{0,250}|"
        r"share your (memories|stories|story|tributes?|photos)\b.{0,150}|donate to\b.{0,60}|"
        r"shared from the .{1,40} app|sent from my \w+( \w+)?|get the app\b.{0,80}|"
        r"(log ?in|sign in|register|subscribe)\b[^.]{0,80}\bto (save|read|comment|continue|join)\b.{0,60}|"
        r"sign in or create\b.{0,100}|view (this email )?in (your )?browser|forwarded this email\b.{0,150}|"
        r"view this (post|email|newsletter|issue) (on the web|online|in (your|a) browser)|"
        r"if (someone|a friend) forwarded (you )?this\b.{0,120}|not (yet )?a subscriber\?.{0,100}|"
        # an email newsletter's own asides: "Was this email forwarded to you? ...", "Did a friend send you
        # this? ...", "Not displaying correctly? Open in your browser", "Enjoying X? Forward it to a friend."
        r"(was this (e-?mail|newsletter) forwarded to you|did (a friend|someone) (send|forward) (you )?this( to you)?)\?.{0,100}|"
        r"(not displaying correctly|having trouble (viewing|reading) this( e-?mail)?)\?.{0,60}|"
        r"(enjoying|like|liked|love) (the |this )?[\w'’ ]{1,40}\? (forward|share) (it|this)\b.{0,60}|"
        r"refer (\d+|a|your) friends? and (get|earn|receive)\b.{0,150}|[\w'’&/ ]{1,40}( (co|inc|ltd)\.)? is (a )?(reader|listener|member)-supported\b.{0,150}|"
        r"share this (newsletter|email)\b.{0,80}|join (us on |our )(discord|reddit|subreddit|telegram)\b.{0,80}|"
        r"you('re| are) receiving this\b.{0,150}|never miss\b.{0,150}|catch all the latest\b.{0,150}|"
        r"join (our|[\w']{1,20}) [\w' ]{0,30}(whatsapp|telegram|signal|facebook) (community|group|channel)\b.{0,100}|"
        r"follow [\w' ]{1,40}:|share (with us )?your feedback\b.{0,100}|give today|"
        r"take (our|the|this) (poll|survey|quiz)\b.{0,60}|take our (short|quick|brief|\d+-minute) (poll|survey|quiz)\b.{0,60}|help us improve (our|this) (website|site|service)\b.{0,60}|"
        r"can you answer a (quick|short) question\b.{0,80}|contact (our|the) team|"
        r"create (a|your) (free )?account\b.{0,60}|create a website account\s[-–—]\s.{0,80}|by signing up\b.{0,120}|get (the|our|your) free\b.{0,120}|"
        r"join us (at|for) (?-i:[A-Z])[^.!?]{0,80}|"
        r"stay up to date with\b.{0,100}|click here to (get|receive|sign)\b.{0,120}|"
        r"(get|have) [\w ,'’&-]{1,80} (delivered )?(to|in) your inbox\b.{0,80}|"
        r"get our [\w ,'’&-]{1,60} newsletter\b.{0,80}|download (the|our) [\w ,'’&-]{1,40} app\b.{0,100}|"
        r"join our (whatsapp|telegram|facebook|signal) (community|group|channel)\b.{0,80}|"
        r"watch [\w ,'’&-]{1,40} (live )?coverage in the (video )?player( above| below)?|"
        r"follow (us|[A-Z][\w’'&. -]{1,60}) on (social media|facebook|x|twitter|instagram|whatsapp|telegram|tiktok|"
        r"google news|linkedin|youtube|threads|bluesky)\b.{0,200}|"
        r"please turn on javascript\b.{0,120}|(do you have|got) a story\?.{0,100}|"
        r"(do you have|have you got|have|got) (a|an|any) [\w ’'-]{1,40}\? .{0,40}\b(email|e-mail|tell us|send|"
        r"contact|let us know|get in touch|write to)\b.{0,150}|"
        r"send (us )?your [\w ,’'-]{1,60} to .{0,30}\S+@\S+.{0,120}|"
        r"(have your say|submit a letter|share your thoughts)\s*:.{0,60}\b(e-?mail|submit|letters?)\b.{0,200}|"
        r"have your say on this (story|article) in the comments( below)?|join the [\w ’'&-]{1,30} (whatsapp |telegram )?channel|"
        r"support [\w'’ ]{1,50} journalism\b.{0,100}|support us\b.{0,120}|make a donation|"
        r"donate( now| today)?|give monthly|give (a )?(one-off|single) (gift|donation)|give( again)? (now|today)|"
        r"(give|donate) [£$€]\d[\d,.]*( (a|per) month| monthly)?|other amount|"  # a donation form's buttons
        r"boost your donation\b.{0,120}|([£$€]\d+ ?/ ?)+[£$€]?\w[\w ]{0,20})$", _I)),
    ("link to another story", re.compile(
        r"^(next|previous) (lesson|chapter|article|story|post|guide|episode|module)\s*[:›»→]\s*\S.{0,100}$|"
        r"^([»›→←«‹]|>>)\s*\S.*$|^\S.{0,60}\s(»|›|→)$|^more( [\w-]+){0,2} [\w-]+s$|^read more [\w ]{1,30}$"
        r"|^more [\w &'’-]{1,30}: (https?://\S+)$|^all [\w &'’-]{1,30} transcripts$"
        r"|^(read more|more|related( [\w-]+){0,2}|(more|latest|full|further) coverage|see also|more on this story|explore further|"
        r"also read|read also|read|read next|keep reading|latest news|go deeper|(most read|most popular|most viewed|latest|more) (from|in|on) [\w &'’-]{1,40}|"
        r"don'?t miss|most (read|popular|viewed|saved|shared)( \w+| (this|last) (week|month|year))?|recommended( for you)?|more for you|top stories|trending( now| topics| stories| in [\w &'’-]{1,30})?|read part (\d+|one|two|three|four|five)|"
        r"see more on|"
        r"contents|on this page|table of contents|jump to|skip to|"
        r"you (may|might) also like|more [\w ]{1,20} like this|in this (article|story)|explore more on these topics)"
        r"\s*([:/|]\s*.{0,200})?$|^(more|other) live (coverage|blogs|pages)\W*$"
        r"|^(watch|listen)\s*[:/|]\s*.{0,200}$|^(also read|read also|see also|also see|must read|also watch)\s*[-–—]\s*\S.{0,200}$"
        r"|^read the full [\w ,'’-]{1,40} \((pdf|docx?)\)$|^https?://\S+(\s+\d+/\d+)?$"
        r"|^(list \d+ of \d+|end of list)$|^read more\s*(?-i:[A-Z‘'\"])[^.!?]{10,200}[?]?$", _I)),
    # A station's ticker and alert banner: "TRAFFIC: Hwy 412 eastbound ... left lane blocked", "WILDFIRE ALERT: Evacuation
    # orders in effect ... Tap for updates." (its link); never a headline's "WEATHER ALERT: Tornado warning issued ...",
    # a recap's "SPOILER ALERT: ...", nor "LIVE: ..."
    ("page control", re.compile(r"^TRAFFIC: \S.{4,200}$|^(?:WEATHER|TRAFFIC|WILDFIRE|FIRE|FLOOD|STORM|SEVERE WEATHER|WINTER WEATHER|"
                                r"HEAT|TORNADO|HURRICANE|TSUNAMI) ALERT: \S.{4,200}[.!] (?i:tap|click|get|find out|see|read)\b.{0,40}$")),
    ("photo credit or caption", re.compile(
        r"^(photography by .{1,60}|(video|audio) report by .{1,80}|(alt text|image description)\s*:\s*.{10,600}|"
        r"(photography|illustrations|data (analysis|visuali[sz]ation)( and graphics)?|styling|art direction)\s*:\s*"
        r"(?!(the|a|an|your|our|how|why|what|[\w'’-]+ing)\b)"  # a person or a studio, never "Getting Started"
        r"(?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z&])[\w'’.&-]*){1,4}(,? (and |&)?(?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+){1,3})*( for .{1,60})?|(photo|photos|photograph|photographs|picture|image|video|credit|caption|illustration|graphic|screenshots?|"
        r"file photo|image source|image caption|(header|main|top|lead|featured|hero) (image|photo|picture)|"
        r"(submitted|contributed|staff|supplied|handout) (photo|image|picture)s?)( credit)?\s*(:|by|via)\s*.{1,250}"
        r"|(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3} (staff )?photos? (by|courtesy of) [A-Z])[^.!?]{1,60}"
        r"|(image source|image caption|caption|(photo |picture |image )?credit|(video|audio)( caption)?)\s*,\s*.{1,250})$"
        r"|^(file photo|photo|image|picture)\W*$|^(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5} logo)$|^(photo|image|picture)s? courtesy (of )?.{1,80}$|^courtesy (of )?(?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){1,4})$|^courtesy of the (?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (campaign|family|estate|archives?|collection|museum|foundation|gallery|studio)$"
        r"|^FILE\s*[-–—]\s*\S.*$"
        r"|^(media|image|video) caption,?$"  # over the caption's own line
        r"|^(audio|video)\s*:\s*[^.!?]{1,150}\(\d{1,2}:\d{2}\)$"  # a clip's caption and length: "Audio: ... (1:58)"
        r"|^(an? )?(screenshot|screengrab|screen grab) (of|from)\b[^.!?]{1,120}\b(taken|shared|posted|published|circulating)\b"
        r"[^.!?]{0,80}$"  # no sentence, nor a list's "Screenshots of any messages"
        r"|^an? artist['’]s (impression|rendering|illustration|concept) of\b(?!.*\b(is|was|were|are|has|had|will)\b)[^.!?,]{1,150}\.?$"
        r"|^(left|top)\s*:[^;]{1,200};\s*(right|bottom)\s*:.{1,200}$"  # two pictures' captions in one
        r"|^[\w-]{1,40}\.(jpe?g|png|gif|webp|heic)$", _I)),  # a picture's file name alone: "IMG_4471.jpg"
    ("navigation menu", re.compile(r"^(?!By )(?=[^\s/·•∙|][^/·•∙|\t]{0,40}(\s[/·•∙]\s[^/·•∙|\t]{1,40}){2,}$)"  # no table's cells, no byline's parts
                                   r"[^\s/·•∙|](?!.*: .*[/·•∙].*: )"  # no labels' values ("Time: 15 min · Cost: $6"), asked last: it reads the whole line
                                   # a breadcrumb trail: "Recipes › Dinner › Vegetarian", a board's "Board index ‹ Growing" (a how-to's
                                   # "Settings > Privacy" is the reader's path through an app)
                                   r"|^[A-Z](?!.*\.$)[\w&'’.,() -]{0,40}?(\s[›‹]\s[A-Z0-9][\w&'’.,() -]{0,40}?){1,5}$")),
    ("figure title", re.compile(r"^(figure|chart|graph|map|infographic) \d+[a-z]?\s*[:.]\s+\S.{0,200}$"
                               r"|^(chart|graphic|infographic)\s*:\s*\S.{0,250}$", _I)),
    ("separator", re.compile(r"^([-_*=~•·#]\s*){3,}$|^[·•]$|^-\s*30\s*-$|^[-–]?\s*(?i:ends)\s*[-–]?$|^\((?i:end)\)$")),
    ("agency credit", re.compile(  # a wire story's last line: "(Reporting by A; Editing by B)", "wo/jk/lth"
        r"^(?!reporting by [^;,()]*$)"  # alone, "Reporting by Ruth Anand and Lewis Pell" is the byline
        r"\(?((additional )?reporting|writing|editing|research|translation|fact-checking) by\b"
        r"[^()]{1,200}\)?\W*$|^(?-i:(?:[A-Z]{2,4}|[a-z]{2,4})(?:/[a-z]{2,4}){1,4})$"  # never "QA/QC", "GBP/USD"
        r"|^\(compiled by\b[^()]{1,200}\)\W*$|^compiled by\b[^;(),]{1,80}[;,] (editing|reporting|writing|"
        r"additional reporting) by\b[^()]{1,150}$"  # alone, a digest's byline
        r"|^source:\s+(?:[\w' ]{1,40} and )?(?:news )?agencies\W*$", _I)),  # a wire story's "Source: News agencies"
    ("photo credit or caption", re.compile(r"^media caption,?(\s.{0,200})?$", _I)),  # a broadcaster's "Media caption, Drone footage ..."
    ("topic tags", re.compile(r"^(#\w+[\s,]*)+$|^topic\s*:\s*[A-Z][\w&'’ -]{1,30}$|^((topics|tags|tagged( with)?|labels|key ?words|filed under|posted in|related topics|read related topics|more about|suggested topics|more on)\s*:\s*.{0,200}"
                              r"|(filed|posted) (under|in) [\w ,&/-]{1,80}"
                              r"|categories\s*:\s*[^/|]{1,80}(\s[/|]\s[^/|]{1,80})+)$", _I)),  # "Categories: a / b"
    ("disclaimer", re.compile(r"^((disclaimer|risk warning)\s*:\s*\S.{0,290}|all quotes (are )?delayed\b.{0,200}"
                              r"|this article has been reviewed according to\b.{0,290})$", _I)),
    ("disclosure", re.compile(r"^[\w .'’-]{2,60} (has|have|holds?) (no )?positions? in\b.{0,300}$", _I)),
    ("copyright", re.compile(
        r"^(copyright\b|©|\(c\)\s*\d{4}).{0,250}$|"
        r"^this material may not be published\b.*$|^this (document|publication|material|report) is subject to copyright\b.{0,250}$|^crown copyright\b.{0,100}$|^registered charity (no\.?|number)\s*:?\s*\d+.{0,100}$|"
        # where the piece first ran: "This article was syndicated from Agencia Austral and is republished under ..."
        r"^this (story|article|piece|post|column) (was |is |has been )?(originally |first )?(appeared|appears|was (first )?published|"
        r"published|syndicated|republished|reprinted)( here)? (on|in|by|from|with|under)\b.{0,200}$"
        # who made it, at the foot: "This story was produced by the Local Democracy Reporting Service.", "This
        # article was produced in partnership with ...", "This story was supported by the Northern Journalism Fund."
        r"|^this (story|article) was (produced|written|reported|supported) (by|with funding from|in partnership with)\b.{0,250}$"
        r"|^\(?.{0,120}\bauto-generated from a syndicated feed\b.{0,200}$"
        r"|^our standards:.{0,80}$"
        # the site's makers at the foot: "Proudly powered by WordPress | Theme: ...", "Government Websites by CivicPlus®",
        # "Website design by SchoolSites"
        r"|^proudly powered by\b.{0,150}$"
        r"|^(?:.{0,120}[.·|] )?(?:website )?powered by (?-i:[A-Z])[\w.-]*(?: version [\d.]+)?\.?"
        r"(?: theme: (?-i:[A-Z])[\w -]{0,30}\.?)?$"  # "Simple theme. Powered by Blogger.", "Powered by Inkpot. Theme: Lamplight."
        r"|^(government )?websites? (design )?by (?-i:[A-Z][\w&®.'’-]*(?: [A-Z][\w&®.'’-]*){0,3})"
        r"(\s*[|·]\s*.{0,80})?$"
        # the publisher's own line at the foot: "Cloth & Counter is published by Weft Media Ltd.", "This series is
        # part of ..."; never a story's "The school is part of the ... Trust, which ..." nor a book's "... is published by X on 10 April"
        r"|^(?=.{0,160}$)(?!.*\b(on|in) (?-i:[A-Z][a-z]+ \d|\d))(?!.*£)"
        r"(this (article|series|guide|interview|story|column|piece|post|podcast|newsletter) is part of (?-i:[A-Z])"
        r"|(?-i:(?!The [a-z])[A-Z][\w&'’.-]*(?: (?:[A-Z&][\w&'’.-]*|of|and))*) is (published by|a (registered )?trading name of)"
        r" (?-i:[A-Z])|(?-i:(?!The [a-z])[A-Z][\w&'’.-]*(?: (?:[A-Z&][\w&'’.-]*|of|and))*) is (part of|owned by|a member of)"
        r" (the )?(?-i:[A-Z])[^.]{0,60}\b(media|group|publishing|press|network|trust|ltd|limited|plc|service|scheme|ombudsman|"
        r"organi[sz]ation|association|federation|society|foundation|partnership)\b).*$", _I)),
    ("release source", re.compile(r"^SOURCE [A-Z][\w&.,' -]{1,80}$")),
    # an author's card at the foot or under the byline: "Read the latest from Ana Ruiz", "View bio"
    # ("About Ana Ruiz" is no rule: a press release's "About Voltaris Energy" is a section)
    ("author box", re.compile(
        r"^((?i:(read )?(the )?(latest|more) (from|by)|more from) (?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+"
        r"|(?i:more (by|from) this (author|writer|reporter|columnist))"
        r"|(?i:view (full )?(bio|profile)|why you can trust [\w'’&. -]{1,30}(:.{1,250})?|expertise:?\s+[\w ,&/'’-]{3,150})"
        r"|(?i:about the (author|writer|reporter)\s*:\s*)[A-Z].{2,300})$")),  # "About the author: Carla D. covers ..."
    ("audio notice", re.compile(
        r"^(the audio version of this (article|story) is (generated|created|produced) (by|with|using) text-to-speech\b.{0,150}|"
        r"this (audio|article|summary|voice) (is|was) (created|generated|produced|read) (with|by|using) "
        r"(the help of )?(ai|artificial intelligence|an ai)\b.{0,100})$", _I)),
)


# A caption ends in its credit: "... Photograph: Tom Lee/Getty Images", "(AP Photo/Jane Smith)".
_CREDIT_END = re.compile(
    r"(?:(?<!\bin )(photo|photograph|picture|image|credit)s?\s*(:|\s/)\s*(?:[^.:]|(?<=\b[A-Z])\.){2,80}"  # never "In pictures: ..."
    r"|[.!?][\"”’]?\s+(?:file )?photos? \|\s*[A-Z][^.]{1,80}"  # "... on Monday. PHOTO | BRIAN OTIENO", "FILE PHOTO | KBN"; never "The Big Picture | Why ..."
    r"|\((\w+ )?photo\b[^()]{0,80}\)\W*"
    r"|\bfile photo\W*|\((file )?(image|photo|picture|pic)\)\W*"
    r"|\b(REUTERS|AFP|EPA|AP|PA|(?:AP|AAP|CP) photo|the canadian press)/[\w .'’-]{1,40}"  # "THE CANADIAN PRESS/Frank Gunn"
    r"|\b(getty images|shutterstock|alamy)\W*"
    r"|[.!?]\s+photo by [A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3}( for [A-Z][\w&'’. -]{1,40})?\.?"  # "... Photo by Rina Chandra for Earthwire."
    r"|©\s*(?:[^.©]|(?<=\b[A-Z])\.){2,60}"  # "© Relief Partners Alliance/L. Chaúque"
    r"|\.\s+[A-Z][\w'’-]+ [A-Z][\w'’-]+ photo"  # "... in August. Carly Nakamura photo"
    r"|\.\s*[A-Z][\w'’-]+ [A-Z][\w'’-]+/(?:The )?[A-Z][\w.'’& ]{1,40}"  # "... food sales.Ryan Delorme/The Globe and Mail"
    r"|\.\s*\((?:[A-Z][\w]*\s?){1,3}: [A-Z][^()]{2,40}\)"  # "... in late February. (ABC Rural: Marnie Pettigrew)"
    r"|\.\s*image source, [^.]{2,60}"  # "... for six years. Image source, RNLI/St Merryn"
    r"|\.\s+(?:photo|photograph|picture)s? by [A-Z][\w.'’ -]{1,40}?\s?/\s?[A-Z][\w.'’& ]{1,40}"  # "... 2024. Photo by Darren Makowski /Calgary Sentinel"
    r"|\.\s+illustration: (?:[^.:]|(?<=\b[A-Z])\.){2,80}|^illustration: [^/.:]{2,40}/[^/.:]{2,40}"  # "... crater. Illustration: Aurora
    # Space Consortium", "Illustration: Gia Moreno/The Brief"; never a factbox's "Artwork: ..." nor a book's "Illustrations: 40 colour plates"
    r"|\.\s+[–—]\s*(?:photo|photograph|picture|image)s? by (?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})\.?"  # "... March 2, 2026. — Picture by Azlan Rahim"
    r"|\.\s+(?:photo|photograph|picture|image) by (?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})\.?"  # "... on Saturday. Picture by Rhys
    # Conway": one credit, never a picture book's "Pictures by Owen Tallis" closing its review, nor a photo essay's "Photographs by ..."
    r"|\.\s+(?-i:[A-Z]{2,}[\w-]*/[A-Z][\w.'’& -]{0,40}\w)"  # "... passing Earth. NASA/JPL-Caltech"
    r"|\s[-–—]\s*[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ ]{1,40}\W*|\bphotos? courtesy of [^.]{2,60}|(?:^|[.!?]\s+)(?:photo|picture|image)s? courtesy(?: of|:) [^.?]{2,60}"  # "... 1886.
    # Image courtesy of the Keegan family", "Photos courtesy: ..."; never a headline's "... new images courtesy of James Webb"
    r"|\.\s+(?:photo|picture|image)s? supplied(?: by (?-i:[A-Z])[^.]{1,60})?"  # "... on Saturday. Picture supplied by Forest Fire Operations"
    r"|\[[^\[\]/]*[A-Za-z][^\[\]/]*/[^\[\]/]*[A-Za-z][^\[\]/]*\]|\([^()/]*[A-Za-z][^()/]{0,60}/[^()/]{0,40}[A-Za-z][^()/]*\)|\((photo |image )?courtesy (of )?[^()]{2,80}\)"
    r"|\bcredit\.{3}\s?[A-Z][^.]{1,80}"
    r"|\.[\"”’]?\s+courtesy (of )?(?-i:[A-Z])[^.,?!]{2,60})$", _I)  # "... on Thursday. Courtesy of Halvorsen Pictures"; never
    # a headline's "Free school meals for every child? Courtesy of City Hall, for one more year"
# A caption's sentence closed by its credit in brackets, a photographer and the outlet: "... on
# Tuesday. (Marcus Bell | The Meridian Ledger)", "(Giulia Ferrante for Lowlight)"; or by a news
# agency's name after a bar: "... in February. | KYODO". (A bare "(NHS Digital)" cites a
# fact's source; "... England. | MISLEADING" is a table's row.)
_CREDITED_SENTENCE = re.compile(r"[.!?][\"”’]?\s*(?:\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}(?: ?[/|] ?| for )"
                                r"(?:The )?[A-Z][\w.&'’-]*(?: (?:[A-Z&][\w.&'’-]*|of|and|the|for))*\)"
                                r"|\|\s*(?:KYODO|JIJI|YONHAP|XINHUA|AFP|AP|EPA|REUTERS|ANADOLU|PTI|ANI|AAP|DPA))$")
# A caption's one sentence closed by a bare source, where a picture's credit says no more:
# "... on Thursday. (Supplied)", a station's call letters "... early Thursday. (WKMB)"; never a
# statistic's source ("... in March. (ONS)"), nor a wire story's last paragraph under its agency's
# tag ("... at ticket counters. (PTI)"), which reports.
_SOURCED_CAPTION = re.compile(r"^[^:]{20,300}[a-z][.!?][\"”’]? \((?:Supplied|Handout|[KW][A-Z]{2,3}|C[A-Z]{3})\)$")
SOURCED_CAPTION_MAX_WORDS = 35
# A sentence under a news agency's tag: a picture's caption ("Passengers board a train at ...
# station in Riyadh. (SPA)") or a wire story's last paragraph; kept, but never the summary.
_AGENCY_TAGGED = re.compile(r"^[^:]{20,300}[a-z][.!?][\"”’]? \((?:PTI|ANI|IANS|UNI|SPA|WAM|KUNA|QNA|BNA|AAP|AFP|AP|PA|EPA|"
                            r"DPA|ANSA|EFE|TASS|KNA|APP)\)$")
CAPTION_MAX_WORDS = 60  # a caption's sentence or three; a paragraph may run longer
COOKIE_MAX = 200  # characters: a site's cookie notice, not an article about cookies
CREDIT_TAIL = 100  # characters: a credit is at the end of its line; only the tail is searched


# Every kind at once, each of its branches tried only on lines that can start it.
_ANY_KIND = PatternTable(_KINDS)
# Phrases found anywhere in a line, each set in one search.
_SHOP_LINE = re.compile("order your copy|delivery charges may apply|we may (earn|receive|get) (a )?(small )?(commission|referral fee)|affiliate link|"
                        r"links?\b.{0,60}\bi earn a (small )?commission|"
                        "affiliate commission|buy it now from|^prices? (were |are )?correct at the time of (writing|publication)", _I)
# "... use cookies"; the site's own words, "We'd like to set additional cookies", "This site stores
# small files called cookies"; never an audit's "42 set advertising cookies" nor a recipe's "place
# the cookies on a wire rack"
_COOKIE_LINE = re.compile(r"\b(use|uses|using) cookies\b|\b(we|we'd|we’d|this (web)?site|our (web)?site)\b[^.!?]{0,30}"
                          r"\b(use|uses|using|set|sets|store|stores|place|places)( \w+){0,3} cookies\b", _I)
# Prompts found anywhere in a short line: "Catch the latest news, or download our app",
# "Storm Orla: follow our live coverage", "Share it in the comments below", an embedded post.
PROMPT_MAX = 220  # characters
_PROMPT_PHRASE = re.compile(r"(?P<newsletter>\bdownload(ing)? (the|our) ([\w ,'’&-]{1,40} )?app\b|"
                            r"\bavailable (on|in|via) (the|our) ([\w ’'-]{1,30} )?app\b|"
                            r"\bfollow (our|the) live (coverage|updates|blog)\b|\bdonate (today|now)\b|\brepublishing guidelines\b|"
                            r"\bsign up here\b|\bget our ([\w ’'&-]{1,40} )?(newsletter|email|digest|briefing)\b|"
                            r"\bget (the|our) ([\w ’'&-]{1,40} )?app\b|"
                            r"^get (the )?([\w ’'&-]{1,40} )?newsletter( (by|via|on|in|every|each) [\w ,.'’-]{1,40})?$|"
                            r"^get ([\w ’'&-]{1,40} )?alerts (by|via|on|in|to) ([\w ’'&-]{1,30} )?(email|text|sms|app|inbox)\b[\w ,.'’-]{0,30}$|"
                            r"\bjoin our ([\w ’'&-]{1,30} )?(whatsapp|telegram) (channel|group|community)\b|"
                            r"^join our ([\w ’'&-]{1,30} )?(mailing|e-?mail) list\b[^,;]{0,80}$|"
                            r"\bfollow (?-i:[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}) on (whatsapp|telegram|google news)\b|"
                            r"\bfollow us on (instagram|tiktok|facebook|x|twitter|whatsapp|youtube)\b|"
                            r"^[\w ]{1,30} newsletter\s*:\s*(get|sign up|the latest|our)\b)"
                            r"|(?P<share>\bshare it in the comments\b)", _I)  # a quoted post's own words stay
# Kinds whose patterns scan the whole line, each tried only when the line holds one of its
# words: (kind, words, pattern).
_GUARDED = (
    ("newsletter prompt", ("spam", "unsubscribe"), re.compile(  # "Get our guide every Thursday. No spam, unsubscribe any time."
        r"^[^.!?]{0,120}[.!]\s*no spam(,| and| -|\.) (you can )?unsubscribe (at )?any ?time\W*$", _I)),
    # a pitch closed by its button: "Get unlimited access to our race coverage. Subscribe now",
    # "Watch every ball live on SportsDesk+. Start your free trial" (on dev, 99 such lines, all furniture)
    ("newsletter prompt", ("subscribe", "sign up", "join", "register", "free trial"), re.compile(
        r"^(?!(step|stage|day|option|part|phase|round)\b)(?=(\S+\s+){3})"  # never a step's "Step 1: Register"
        r".{3,200}[.!?:]\s+(subscribe|sign up|join|register|start your free trial)( (now|today|for free|here))?\W{0,3}$", _I)),
    ("page control", ("avatar",), re.compile(r"^[^.!?]{2,60}['’]s user avatar$", _I)),  # "Pietro Vance's user avatar"
    ("advertisement", ("fantasy",), re.compile(r"^(play )?[\w ]{0,30}\bfantasy\b[\w ]{0,30}:.{1,150}$", _I)),
    ("share prompt", ("watch",), re.compile(
        r"^watch\b.{0,60}\bon (youtube|twitch|vimeo|tiktok|iplayer|netflix)\b.{0,30}$", _I)),
    # a station's promotion of its bulletin: "Watch KRSW 3 News at 5, 6 and 11.", "Watch Channel 9 Live" (5 of 5 such
    # benchmark lines furniture)
    ("advertisement", ("watch",), re.compile(
        r"^Watch (?:[A-Z][\w&+.-]*(?: [A-Z0-9][\w&+.-]*){0,3}) (?:News|Live)\b(?: at [\d:., and]+(?: ?[ap]\.?m\.?)?)?\.?$")),
    ("advertisement", ("tv:",), re.compile(r"^[\w ]{1,20} tv: watch\b.{1,100}$", _I)),
    # a teaser's "Read more" with no stop of its own: "⚠ Swimming advisory in effect ... Read more"
    ("link to another story", ("read more",), re.compile(r"^\W{0,3}[^!?]{10,200}[.!]\s+read more\s*[›»→>]?$", _I)),
    # a site's alert over the page, "Alerts: Stage 2 watering restrictions are in effect. Learn more"
    # (never an item's or a paragraph's "... every day except Mondays. Find out more")
    ("link to another story", ("learn more", "find out more"), re.compile(
        r"^([⚠❗‼ℹ!]\ufe0f?\s*|((site|service|travel|weather|road|water) )?(alerts?|notice|warning|advisory)\s*:\s*|advertisement\s*[-–—:]\s*)"
        r"[^!?]{10,200}[.!]\s+(learn|find out) more\s*[›»→>]?$", _I)),
    ("page control", ("trustpilot",), re.compile(
        r"^.{0,60}\brated (excellent|great|good|[\d.]+ out of 5) on trustpilot\b.{0,80}$", _I)),  # a review badge
    ("page control", ("survey",), re.compile(  # "We recently updated our anonymous product survey; we'd welcome ..."
        r"^.{0,80}\bsurvey\b.{0,40}\bwe('d| would) (welcome|love|appreciate) your feedback\W*$", _I)),
    ("page control", ("trailer",), re.compile(  # a trailer's title: "Drift Protocol – Season 7: Tidebreak Launch Trailer"
        r"^[^.!?]{1,80}\s[–—:-]\s[^.!?]{0,60}\b(?-i:(Launch|Official|Teaser|Reveal|Gameplay|Announcement|Story) Trailer)( \d)?$",
        _I)),
    ("newsletter prompt", ("comments",), re.compile(r"^[^.?!]{0,60}\?\s*(tell|let) us (know )?in the comments( below)?\W*$", _I)),
    # a phone button: "Call 01632 960418", "Call us: (312) 555-0134"; never "Call 116 123." in a sentence
    ("page control", ("call", "phone", "tel"), re.compile(r"^(call( us)?|phone|tel)\s*:?\s*[\d(+][\d ()+-]{8,20}\d$", _I)),
    # a newsletter's foot: "You're receiving ... from The Ledger. Manage preferences / Unsubscribe"
    ("newsletter prompt", ("unsubscribe", "preferences"), re.compile(
        r"^.{0,160}\b(receiving|signed up|subscribed|sent to)\b.{0,120}\b(unsubscribe|(update|manage) (your )?(email )?preferences)\W*$"
        r"|^((unsubscribe|(update|manage) (your )?(email )?preferences)\s*[/|·]\s*)+(unsubscribe|(update|manage) (your )?(email )?preferences)$", _I)),
    # a PDF's running header: "EFIWO PRESS STATEMENT – 20 MARCH 2025"
    ("page control", ("release", "statement"), re.compile(
        r"^(([\w&.-]+ ){1,4}(press|news|media) (release|statement)s?\s*[–—|,-]\s*.{1,40}"
        r"|.{1,60}\s[–—|-]\s*(press|news|media) (release|statement)s?,?\s.{1,40})$", _I)),
    # a letterhead's address: "Rue de la Loi 227, 1040 Brussels / www.efiwo.eu"
    ("page control", (" / ", " | ", " · ", " • "), re.compile(
        r"^.{1,80}\s[/|·•]\s*(www\.)?[a-z0-9-]+\.[a-z]{2,}(/\S*)?$", _I)),
    # a reader prompt ending in where to send: "Did you feel it? Tell ... at seismic.govt.nz/felt"
    ("newsletter prompt", ("?",), re.compile(
        r"^[^?]{3,120}\?\s.{0,60}\b(tell|send|share|e-?mail|upload|submit|contact|write to|let us know|get in touch)\b"
        r".{0,60}(\S+@\S+\.\w+|\b[\w-]+(\.[\w-]+)+/\S*).{0,60}$", _I)),
    ("link to another story", ("://",), re.compile(r"^[\w .'’&-]{1,60}\s[-–—:|]\s*https?://\S+$", _I)),  # "The Wayback Machine - https://..."
    ("market data", ("(",), re.compile(
        r"^[\w&.,'’ -]{1,60} \((nyse|nasdaq|lse|tsx|asx|ose|otc|hkex|nse|bse)\s*:\s*[A-Z0-9.]{1,8}\)$"
        r"|^[▲▼↑↓]?\s?[+−-]?[$£€]?\d[\d,.]* \([+−-]?\d[\d,.]*%\)$"
        r"|^[\w&.,'’ -]{1,60} \((?-i:[A-Z]{1,6})\s*[+−-]?\d[\d.]*%\)$", _I)),  # "Orrin Semiconductor (ORSM -2.31%)"
    ("postal address", (",",), re.compile(
        r"^[^!?]{5,150},\s*(?:[A-Za-z .'’-]{1,30}\s)?(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)$")),
    # A gallery's link with its count: "View gallery: Day two (27 photos)", "[PHOTOS] VERDANT at the showcase (24 photos)"
    ("page control", (" photos)", " pictures)", " images)"), re.compile(
        r"^((view|see|open|browse|gallery|photos)\b|\[(photos|gallery)\]).{0,120} \(\d{1,4} (photos|pictures|images)\)$", _I)),
    ("photo credit or caption", ("licensing rights",), re.compile(r"^.{1,300}\bpurchase licensing rights(, opens new tab)?$", _I)),
    # a picture's caption that names who or what is shown and where: "The late Donal Geraghty pictured behind the bar
    # of Geraghty's in 2019.", "Saturn's rings, photographed close to edge-on ..." (on dev, 19 of 19 such lines
    # furniture); never a clause that tells of it: "... after the pair were photographed ...", "We ... photographed ...",
    # nor a sentence with the picture set off by commas inside it: "Ms Patel, pictured with her daughter, said ..."
    ("photo credit or caption", ("pictured", "photographed"), re.compile(
        r"^(?!.*\b(?:is|are|was|were|has|have|had|will|we|i|they|he|she|after|when)\b)"
        r"(?!.*,\s*(?:pictured|photographed)\b[^,]*,\s*\w)[^.!?]{3,140}?,? (?:pictured|photographed) "
        r"(?:in|at|on|during|from|outside|behind|with|before|after|close|last|earlier|inside|near|by)\b[^!?]{0,120}$", _I)),
    ("market data", ("price",), re.compile(r"^prices? (as of|at close|correct as of)\b.{0,60}$", _I)),
    # a quote box's delay notice: "Quotes delayed at least 15 minutes.", "© 2026 ... Data is delayed by 15 minutes."
    # (never a story's "... data was delayed by 20 minutes")
    ("market data", ("delayed", "snapshot"), re.compile(
        r"^(.{0,120}[.]\s+)?((market|all|stock|share) )?(data|quotes?|prices?|index levels)( (are|is))? delayed (by )?"
        r"(at least |up to |by at least )?\d{1,2} ?(minutes|mins?)\b[^.]{0,40}(\.\s.{0,150})?\.?$"
        r"|^data is a real-time snapshot\W*(\*?\s*data is delayed\b.{0,150})?$", _I)),  # the notice's own sentence
    # a wiki's foot: "Content is available under CC BY-SA 4.0 unless otherwise noted.", its last edit
    ("copyright", ("available under", "last edited"), re.compile(
        r"^((community )?(content|text) is available under\b.{0,200}|this page was last edited on\b.{5,60})$", _I)),
    # a publisher's disclaimer, set alone under the piece (a bio ending "... The views expressed here are his own." stays)
    ("disclaimer", ("views", "opinions", "editorially"), re.compile(  # (a story's reported line is none: see _NARRATED)
        r"^(disclaimer\s*:\s*)?(the )?(views|opinions) expressed (in this [\w -]{1,20} |here )?are (those of|the)\b.{0,250}$"
        r"|^(this|the) (article|column|piece|post|blog|letter) (reflects|represents|contains) the (views|opinions) of "
        r"(the|its) (author|writer|contributor)s?\b.{0,200}$"
        r"|^[^.!?]{3,80} is (editorially independent|the (student )?(newspaper|magazine|paper) of [^.!?]{3,60}\. "
        r"(the )?(views|opinions) expressed)\b.{0,200}$", _I)),
    # a publisher's advice disclaimer: "This article is for general information and is not personal financial advice.",
    # "The information in this article is not intended as medical advice.", "Ledger Money's content is ... not ..."
    ("disclaimer", ("advice", "substitute"), re.compile(
        r"^(disclaimer\s*:\s*)?(the information (in|on) this (article|page|website|site|guide)|(this|the|our) (article|story|"
        r"content|information|guide|page|column|post|material|website|site|newsletter|show|podcast|episode|video|blog)"
        r"|[\w&'’ .-]{2,40}['’]s? content)( (in|on) this \w+)? (is|are|does|do|provides|gives|offers|contains|isn['’]t)\b"
        r"[^!?]{0,80}?\b(not|nor|no substitute)\b[^!?]{0,80}?"
        r"\b(advice|a substitute for|replace)\b.{0,300}$", _I)),  # in the present: never "The channel's content did not ..."
    # an affiliate disclosure: "Stride & Mile may earn a commission if you buy through links on our site."
    ("disclosure", ("commission", "portion of sales", "share of"), re.compile(
        r"^(disclosure:[^\"“”]{0,80}[.]\s+)?[A-Z][\w&'’!. -]{1,40} may (earn|receive|get|collect) (a |an )?(small |affiliate )?(commission|portion of sales|"
        r"share of (the )?(revenue|sales))\b.{0,120}\b(links?|purchases?|purchased|buy|retail\w*|affiliate|partner|offers?|"
        r"products?)\b.{0,200}$", _I)),  # from readers' purchases: never "Advisers may earn commission from lenders"
    # a charity's or a company's registration: "... Registered charity no. 1180442.", "Brightwell Home Ltd, Unit 4, ...
    # Registered in England and Wales." (never a notes-to-editors item, nor a story's "registered in England in 2019")
    ("copyright", ("registered charity", "registered in"), re.compile(
        r"^(?!\d{1,2}[.)]\s|[-*•]\s)(?!.*\b(donations?|in (his|her|their) memory)\b)(.{0,200}\bregistered charity (no\.?|number)\b.{0,60}"
        r"|[^!?]{0,150}(([.,]\s*|\b(ltd|limited|plc|llp)\.?,?\s+|^)registered in (england|scotland|wales|northern ireland|ireland)"
        r"|\bregistered in (england|scotland|wales|northern ireland|ireland)(?=( and wales)?,?\s*\(?(company\s*)?(no\.?|number)?\s*[A-Z]{0,2}\d{5,9}))( and wales)?"
        r"[\s.,:;()]*((company\s*)?(no\.?|number)\s*)?([A-Z]{0,2}\d{5,9}\)?\.?)?"
        r"(\s+(registered office|company|vat|all content|all rights|©|cookie).{0,150})?)$", _I)),
    # a publisher's pitch on its free pages: "Our journalism is free to read, but it isn't free to produce. ..."
    ("newsletter prompt", ("free to read",), re.compile(
        r"^(.{0,60}\b(our|this (article|story))\b[\w ]{0,30}|[A-Z][\w&'’-]*) (is|are) free to read\b.{0,200}"
        r"\b(support|donat|contribut|member|subscri|fund|give|emergenc)\w*.{0,120}$"
        r"|^.{0,100}\b(support|donat|contribut|member|subscri|fund)\w*\b.{0,60}\bour\b[\w ]{0,30} (is|are) free to read\b.{0,120}$", _I)),
    # a sign-up box's privacy line: "We care about the protection of your data. Read our Privacy Policy."
    ("newsletter prompt", ("privacy",), re.compile(r"^[^\"“”]{0,200}\bread our privacy (policy|notice)\W*$", _I)),
    # a sign-up's pitch and a paywall's: "Be the first to hear about new listings ...", "Get unlimited access to ..."
    ("newsletter prompt", ("first to", "unlimited"), re.compile(
        r"^(be the first to (hear|know|find out|get|see|read)\b.{0,150}|(get|enjoy|unlock|gain) unlimited (digital )?access\b.{0,150})$",
        _I)),
    # a local journalism programme's funding note: "Local Journalism Initiative Reporters are funded by the Government of Canada."
    ("disclaimer", ("journalism initiative",), re.compile(
        r"^(the )?local journalism initiative( reporters?)? (is|are) funded by\b.{0,100}$", _I)),
    # a letters page's rules: "Letters should be no longer than 250 words and must include your full name ..."
    ("newsletter prompt", ("letters",), re.compile(
        r"^letters (should|must|may) (be no (longer|more) than|not exceed|be under|be sent to|be emailed to|include)\b"
        r"(?!.*\b(said|says)\b).{0,250}$", _I)),
    # a site's independence: "TellyNumbers is an independent site and is not affiliated with BARA or any broadcaster."
    ("disclaimer", ("not affiliated",), re.compile(
        r"^(?!the )[^.!?,]{2,60} (is|are) (an independent [\w ]{1,30} and (is|are) )?not affiliated with\b.{0,200}$", _I)),
    # a site's acknowledgement of country: "... acknowledges the Traditional Owners of the lands where we live and work."
    ("disclaimer", ("traditional",), re.compile(
        r"^.{0,80}\backnowledges? .{0,120}\btraditional (owners|custodians)( and (custodians|owners))? of (the )?"
        r"(land|lands|country)\b.{0,200}$", _I)),
    # ... or naming First Nations custodians "of the lands where we live and work": the site's own words
    ("disclaimer", ("custodians",), re.compile(
        r"^.{0,80}\backnowledges? .{0,120}\b(first nations|first peoples|aboriginal)\b.{0,60}\b(owners|custodians) of (the )?"
        r"(land|lands|country)\b.{0,40}\b(where|on which) we\b.{0,200}$", _I)),
    # an election imprint: "Promoted by J. Carver on behalf of Ruth Hallam, both of 12 High Street, ..."
    ("copyright", ("behalf",), re.compile(
        r"^(promoted|published|printed)( and (promoted|published|printed))? by .{2,80}?\bon behalf of\b.{2,200}$", _I)),
    # a newsletter's pitch: "The day's top dairy stories, straight to your inbox.", "Get The Weekly Ledger in your inbox
    # every Friday."; never a story's "Phishing emails land in your inbox every day"
    ("newsletter prompt", ("your inbox", "your phone"), re.compile(
        r"^(?!.*\b(land|lands|landed|arrive|arrives|arrived|appear|appears|hit|hits|end up|ends up|turn up|pile up|"
        r"show up|flood|floods|fill|fills|sit|sits|sitting|clog|clogs|will be|is sent|are sent|bill|if you|when you|code)\b)"
        r"[^\"“”]{0,140}\b((straight|delivered( straight)?|direct(ly)?|free|sent straight) (to|in|into) your (inbox|phone)|in your inbox( (every|each|at|on|twice|once)\b|\W*$)|^(get|receive)\b"
        r"[^.!?]{1,80}\b(in|to) your inbox)\b.{0,80}$", _I)),
    # a newsroom's own line: "The Ledger is a nonprofit newsroom covering ... We depend on readers like you."
    ("newsletter prompt", ("newsroom", "news organization", "news organisation"), re.compile(
        r"^[^.!?]{2,60} is an? (independent,? |nonpartisan,? )*(nonprofit|non-profit|not-for-profit|nonpartisan|independent)"
        r"[\w ,-]{0,30} (newsroom|news organi[sz]ation)\b(?!.*\b(founded|launched|closed|closing|closes|was|were|had|will)\b).{0,200}$",
        _I)),
    # a club's sponsor: "Today's match ball was kindly sponsored by ...", "Website kindly sponsored by ..."
    ("advertisement", ("sponsored",), re.compile(r"^.{0,120}\bkindly sponsored by\b[^.!?,;]{1,80}\.?$", _I)),
)


def _any_of(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


# Cheap first tests (substrings of the lower-cased line) before each search over the line.
# (": " is asked for only of a line ending in ")": "... (ABC Rural: Marnie Pettigrew)".)
_CREDIT_WORDS = _any_of("photo", "picture", "image", "credit", "illustration", "courtesy", "/", "getty", "shutterstock", "alamy", "©")
# A bookmaker's small print: "18+ only. Please gamble responsibly. BeGambleAware.org"
# A bookmaker's or a bank's small print: these say it alone; the others (a story may say one) in twos.
_SMALL_PRINT = re.compile(r"t&cs apply|\b18\+ only|begambleaware|gambling problem\? call\b|1-800-gambler|"
                          r"^please gamble responsibly\b|^odds correct at (the )?time of (publishing|publication|writing)\b", _I)
_BETTING_LINE = re.compile(r"gambleaware|gamble responsibly|\b(18|21)\+|new customers only|free bets?\b|terms apply|"
                          r"odds subject to change|"
                          r"(^|: )bet [£€$]\d+\b|\bodds correct\b", _I)
_SHOP_WORDS = _any_of("order your copy", "correct at the time", "delivery charges", "commission", "affiliate", "buy it now",
                      "referral fee")
_REGISTRATION = re.compile(r"\b(no\.|number|frn|reference)\s*:?\s*[a-z]{0,3}\d")  # "(No. 04871923)", "no. SC712884"
# where a body is registered: "Registered in England and Wales", "registered with the Financial Conduct Authority"
_REGISTERED = re.compile(r"\bregistered (in|with) (england|scotland|wales|northern ireland|ireland|the financial conduct "
                         r"authority)\b|\bauthorised and regulated by\b")
_COFFEE = re.compile(r"^.{0,100}\bbuy me a coffee\b\W{0,3}$", _I)  # a blogger's tip jar
_PROMPT_WORDS = _any_of("download", "follow", "comments", "pic.", "donate", "republishing", "sign up", " app", "newsletter",
                        "get our", "join our", "alerts", "signing up", "subscribe", "inbox")
# Signing up for a newsletter, however put, asked of the reader ("Want more stories like this?
# Sign up to our free daily newsletter", "Get more ... news by signing up for our ... newsletter",
# "Our best picks, straight to your inbox every Thursday. Sign up"; all 308 dev lines it matches
# are furniture): the verb opens a sentence, or follows "by", and the line names the publisher's
# ("our", a newsletter, "your inbox"); never a guide's "Households should sign up to ...", "To
# subscribe to flood warnings ...", nor a story's "... readers who pay £5 a month to subscribe."
_SIGN_UP = re.compile(r"(?:^|[.?!:]\s+|\bby\s+)(?i:sign(?:ing)? ?up|subscribe)\b.{0,80}\b(?i:newsletters?|inbox|e-?mails?|briefing|"
                      r"digest|bulletin)\b|\b(?i:newsletters?|inbox|briefing|digest)\b.{0,100}[.?!:]?\s(?:Sign up|Subscribe|SIGN UP|"
                      r"SUBSCRIBE)(?i: now| today| here)?\W*$")
_PUBLISHERS = re.compile(r"\b(?:our|your inbox|newsletters?)\b")


def _by_word(guarded: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...]) -> dict[str, tuple[int, ...]]:
    by_word: dict[str, list[int]] = {}
    for n, (_, words, _) in enumerate(guarded):
        for word in words:
            by_word.setdefault(word, []).append(n)
    return {word: tuple(ns) for word, ns in by_word.items()}


_GUARDED_BY_WORD = _by_word(_GUARDED)


def _guarded_for(lower: str) -> list[int]:
    """The guarded patterns whose words the line holds, in their order: each word asked once."""
    return sorted({n for word, ns in _GUARDED_BY_WORD.items() if word in lower for n in ns})


# A call-out to readers: a question to them, then how to answer it to the publisher ("Got a
# claim you want checked? Message our WhatsApp tipline ...", "Were you affected by the floods?
# Share your experience with our reporters."; of the dev lines it matches, 116 furniture to 4 text), never an
# FAQ's question answered on its line ("Does the bank have to refund me? Contact your bank
# first; ...", "Do you have to call the helpline? Yes, call 0300 ...").
_CALL_OUT = re.compile(r"^(?:got|have|had|did|do|does|are|were|was|know|want|need|seen|is|can)\b[^?]{3,140}\?\s+.{0,160}"
                       r"\b(?:tell us|let us know|get in touch|e-?mail|message|share (?:your|it)|send|contact|call|text|"
                       r"whatsapp|pitch|post it|leave|tag|write to|fill in|join)\b", _I)


_TO_US = re.compile(r"\b(?:us|our|we)\b|@|\d{3}", re.IGNORECASE)  # the publisher's address, desk or number


_ICON_HEADING = re.compile(r"^(read|listen|watch|comments?|home|search|photos?)\W*$", re.IGNORECASE)
_STEP = re.compile(r"\d{1,2}[.)]\s")  # a numbered list's item
_ITEM = re.compile(r"([-*•◦‣–]|\d{1,2}[.)])\s")  # a list's item
_NOT_ITEMS = frozenset({"postal address", "photo credit or caption"})
_REPORTED = re.compile(r"\b(said|says|found|told|according to|warned|argued|reported)\b")
SMALL_PRINT_MARKS = 2  # a bookmaker's small print says two of its phrases; a story may quote one
DOUBLED_MIN = 12  # characters of each half: "Police are appealing for information" twice


def _doubled(text: str) -> bool:
    """Two copies glued with no space ("...informationPolice are ..."): a chant or a refrain
    is spaced, and ends its halves in punctuation."""
    half, odd = divmod(len(text), 2)
    return (not odd and half >= DOUBLED_MIN and text[:half] == text[half:] and text[half - 1].isalpha()
            and text[half].isupper())


_NARRATED_KINDS = frozenset({"disclaimer", "copyright", "advertisement", "disclosure"})
_NARRATION = re.compile(r"\b(said|says|say|wrote|writes|told|it read|reads|read:|according to|"
                        r"appointed|went into|collapsed|sued|fined|(was|were|had been) (registered|authorised))\b")


_PUBLISHER_OR_READER = re.compile(r"\b(?:we|us|our|you|your|newsletters?|inbox|readers?|app)\b|^(?:get|catch|stay|support|"
                                  r"follow|keep|subscribe|sign|join|download|want|love|like|never)\b", re.IGNORECASE)
NEWS_SENTENCE_MIN = 8  # words


def news_then_live_invitation(line: str) -> bool:
    """A sentence of news, then an invitation to follow live coverage ("Callanan, 46, set fire
    to the restaurant he co-owned .... Follow our live coverage ..."): a live page's standfirst
    when it stands at the top (article.py asks), never a promotion's pitch ("Get the latest news
    in your inbox. Sign up here"); down the page, a box for another live page."""
    prompt = _follow_prompt(line)
    if prompt is None:
        return False  # an app's, a newsletter's or a donation's pitch is all promotion
    text = line[:prompt.start()]
    first = text.split(". ", 1)[0]
    return ". " in text and len(first.split()) >= NEWS_SENTENCE_MIN and not _PUBLISHER_OR_READER.search(first)


def _follow_prompt(line: str) -> re.Match[str] | None:
    """The invitation to follow live coverage in a line ("Follow our live coverage"), if any."""
    prompt = _PROMPT_PHRASE.search(line)
    return prompt if prompt is not None and prompt.group(0).lower().startswith("follow") else None


def live_invitation_telling_news(line: str) -> bool:
    """An invitation that tells the news itself ("Follow our live coverage as the state weather
    bureau tracks the strongest storm to hit the Visayas this year."): a live page's standfirst
    when it stands at the top (article.py asks); never the foot's "Follow our live coverage as
    the final seats declare", too short to tell anything, with no stop."""
    prompt = _follow_prompt(line)
    if prompt is None or prompt.start() > 0:
        return False
    told = line[prompt.end():]  # never about the publisher's app or the reader: "... on our app, available on iOS"
    return told.startswith((" as ", " from ", " of ")) and len(told.split()) > NEWS_SENTENCE_MIN and told.endswith(".") \
        and not _PUBLISHER_OR_READER.search(told)


def _narrated(lower: str) -> bool:
    """A story's sentence telling of such a line ("..., a note on its first page says", "Glenmorven
    Distillers, registered in Scotland ..., appointed administrators"), never the site's own."""
    return bool(_NARRATION.search(lower))


def _reported(stripped: str, lower: str) -> bool:
    """A story's words quoting or reporting small print ("..., the regulator said"), never a site's own line."""
    return "“" in stripped or '"' in stripped or bool(_REPORTED.search(lower))


_SHARE_TARGETS = frozenset("copy link email e-mail mail sms print save share facebook twitter x whatsapp linkedin telegram "
                           "reddit pinterest messenger threads bluesky flipboard tumblr instagram youtube tiktok "
                           "mastodon".split())
_SHARE_ROW_SPLIT = re.compile(r"[\s|·•,/:]+")  # "Share: Facebook / X / Copy link" as much as the buttons alone
SHARE_ROW_MIN, SHARE_ROW_MAX = 2, 120  # buttons in the row ("Share  Save"; on the benchmark 336 of 336 such pairs were furniture); characters
_SHARE_ACTIONS = frozenset("share save print email e-mail mail copy".split())  # a pair needs one: "Facebook Messenger" is an app
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")  # a lower-case letter, then a capital, with no space
GLUED_MAX = 120  # characters: a few links' labels
GLUED_PART_MIN = 3  # characters of each link: a name's "X" (ShareX) is no link of its own


_GLUED_SENTENCE = re.compile(r"[a-z]{2}[.!?](?=[A-Z][a-z]|[AI] )")  # "...altogether.A sink in ...": no space after the stop
CREDIT_LABEL = r"^(?:credit|photo|photograph|picture|image|illustration)s?\b"  # a credit's opening word: "Photo: ...", "Credit..."
_CREDIT_LABEL = re.compile(CREDIT_LABEL, re.IGNORECASE)
GLUED_PARAGRAPH_MIN_WORDS = 20  # or two sentences: a picture's alt text, glued to its caption, is one short one


def agency_tagged(text: str) -> bool:
    """A sentence or two closed by a news agency's tag: "... in Riyadh. (SPA)"."""
    return bool(_AGENCY_TAGGED.match(text)) and len(text.split()) <= SOURCED_CAPTION_MAX_WORDS


def glued_caption(raw: str) -> int | None:
    """Where a picture's caption, run onto the end of a paragraph with no space after its stop
    ("... removed sinks altogether.A sink in a ward side room ... Credit: University of
    Westmoor"), starts in the raw line: the caption alone is furniture, the paragraph (of two
    sentences or twenty words) is not. None for a caption run onto its own credit ("... on
    Tuesday.Credit...Eliot Park"), or onto the picture's one short alt text ("A firefighter
    stands outside the burnt-out terrace.Crews spent ... Photo: ..."): all the picture's."""
    for match in reversed(list(_GLUED_SENTENCE.finditer(raw))):
        tail = raw[match.end():]
        head = raw[:match.end()]
        if (len(head.split()) >= GLUED_PARAGRAPH_MIN_WORDS or len(split_sentences(head)) >= 2) and not _CREDIT_LABEL.match(tail) \
                and furniture_kind(tail.strip()) == "photo credit or caption":
            return match.end()
    return None


_NAME_PART = re.compile(r"^(?:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}|[A-Z]{2,6})$")  # a writer's name, an agency's letters
_MENU_PARTS = re.compile(r"\s*[|·•●]\s*|\s+/\s+")  # a menu's separators


def _dated_line(text: str) -> bool:
    """A date line set out as a menu: its parts dates and read times, the writer's name, and one
    other at most (never a menu with the day's date in it, "News • Sport • Tuesday 4 March 2025")."""
    parts = [p for p in _MENU_PARTS.split(text) if p]
    stamps = [is_stamp(p) for p in parts]
    others = [p for p, stamp in zip(parts, stamps) if not (stamp or is_read_time(p) or is_byline(p) or _NAME_PART.match(p))]
    return any(stamps) and len(others) <= 1


@lru_cache(maxsize=4096)  # a line that may continue the one above is asked about twice
def furniture_kind(text: str) -> str | None:
    """The kind of furniture a line is, or None for article text."""
    if len(text) > FURNITURE_MAX:
        return None
    stripped = text.strip()
    if kind := _ANY_KIND.match(stripped):
        # "Published Oct 07, 2025 • Last updated 2 hours ago • 6 minute read": a date line, set out as a menu
        return None if kind == "navigation menu" and _dated_line(stripped) else kind
    if stripped[:1] and unicodedata.category(stripped[0]) == "So":  # a share button's icon: "🔗 Copy link", "🖨 Print"
        icon_free = stripped.lstrip("".join(c for c in stripped if unicodedata.category(c) in ("So", "Mn", "Cf")) + " ")
        if icon_free and (kind := _ANY_KIND.match(icon_free)) in ("share prompt", "page control") \
                and not _ICON_HEADING.match(icon_free):
            return kind  # "📚 Read", "🎧 Listen", "💬 Comments" head a newsletter's sections
    if _doubled(stripped):  # an image's alt text and its caption, the same words glued twice
        return "photo credit or caption"
    lower = stripped.lower()
    if "rights reserved" in lower or "is a registered charity" in lower or "501(c)(3)" in lower \
            or (("registered" in lower or "authorised and regulated by" in lower)
                and _REGISTERED.search(lower) and _REGISTRATION.search(lower) and not _narrated(lower)):  # a legal line
        return "copyright"
    if _SHOP_WORDS.search(lower) and not _reported(stripped, lower) and _SHOP_LINE.search(stripped):  # a shop's line
        return "shop prompt"
    if ("gambl" in lower or "t&c" in lower or "18+" in lower or "21+" in lower or "customers" in lower or "odds" in lower
            or "free bet" in lower) and not _reported(stripped, lower) \
            and (_SMALL_PRINT.search(stripped)
                 or len({m.group(0).lower() for m in _BETTING_LINE.finditer(stripped)}) >= SMALL_PRINT_MARKS):
        return "advertisement"
    item = _ITEM.match(stripped)  # a list's item names a place or a film: never an address or a credit
    for n in _guarded_for(lower):  # each pattern only where a word it needs is, in their order
        kind, _, pattern = _GUARDED[n]
        if pattern.match(stripped) and not (item and kind in _NOT_ITEMS) \
                and not (kind in _NARRATED_KINDS and _narrated(lower)):
            return kind
    if len(stripped) <= PROMPT_MAX and _PROMPT_WORDS.search(lower) and not _STEP.match(stripped):
        if prompt := _PROMPT_PHRASE.search(stripped):  # a step says it: "1. ... download the MyBencana app."
            return "newsletter prompt" if prompt.group("newsletter") else "share prompt"
        if _SIGN_UP.search(stripped) and _PUBLISHERS.search(lower) and not _reported(stripped, lower):
            return "newsletter prompt"
    if len(stripped) <= PROMPT_MAX and "?" in stripped and _CALL_OUT.match(stripped) and not _reported(stripped, lower) \
            and _TO_US.search(answer := stripped.split("?", 1)[1]) and not answer.lstrip().startswith(("Yes", "No")):
        return "newsletter prompt"
    if len(stripped) <= COOKIE_MAX and "cookies" in lower and _COOKIE_LINE.search(stripped):  # "... use cookies"
        return "cookie notice"
    if "coffee" in lower and _COFFEE.match(stripped):
        return "newsletter prompt"
    tail = stripped[-CREDIT_TAIL:]
    if not item and (_CREDIT_WORDS.search(lower, len(lower) - CREDIT_TAIL) or (tail.endswith(")") and ": " in tail)) \
            and not lower.startswith(("text:", "words:", "story:", "words and ", "text and ")) and _CREDIT_END.search(tail):  # a byline's "· Photos: ..."
        return "photo credit or caption"
    if not item and (tail.endswith(")") or "|" in tail) and _CREDITED_SENTENCE.search(tail) \
            and len(stripped.split()) <= CAPTION_MAX_WORDS:
        return "photo credit or caption"
    if not item and tail.endswith(")") and _SOURCED_CAPTION.match(stripped) and len(split_sentences(stripped)) <= 2 \
            and len(stripped.split()) <= SOURCED_CAPTION_MAX_WORDS:
        return "photo credit or caption"
    if len(stripped) <= SHARE_ROW_MAX and len(buttons := _SHARE_ROW_SPLIT.split(lower)) >= SHARE_ROW_MIN \
            and _SHARE_TARGETS.issuperset(buttons) and (len(buttons) > SHARE_ROW_MIN or _SHARE_ACTIONS & set(buttons)):
        return "share prompt"  # a row of share buttons: "Facebook   X   WhatsApp   Copy link"
    if len(stripped) <= GLUED_MAX and len(parts := _GLUED.split(stripped)) > 1 \
            and all(len(part) >= GLUED_PART_MIN and furniture_kind(part) for part in parts):
        return furniture_kind(parts[0])  # links copied with no space between: "Skip to contentSkip to site index"
    return None
