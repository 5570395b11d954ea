"""Structure on real articles: one case per failure class found on real web text, and the
labelled benchmark's dev part held at its targets."""
from pathlib import Path

import pytest

from bench.eval import Tally, all_blocks, evaluate, score_folder, STRUCTURE
from build_tools.parse.rules import QA_HEADING
from build_tools.parse.furniture import furniture_kind
from build_tools.parse.text import ends_like_sentence, is_byline
from build_tools.render.briefing import render_briefing
from build_tools.model import BulletList, Metadata, Paragraph, Table
from tests.helpers import kinds, notes, parse

HEADLINE = "Council approves new budget after late-night session"
LEDE = "The city council approved a budget of $1.2 billion on Tuesday after a session that ran past midnight."
BODY = "Members voted 7 to 2 in favour, with two abstentions recorded by the clerk."


def article(*lines: str, **kw):
    return parse("\n".join(lines), **kw)


# 1. Page furniture: left out, listed, never a title, summary or heading ------------

@pytest.mark.parametrize("line,kind", [
    ("ADVERTISEMENT", "advertisement"), ("Show answer", "page control"),
    ("Buy at Voltmart for £449", "advertisement"), ("Buy from Bookstall (£9.99)", "advertisement"), ("Reveal the solutions", "page control"),
    ("Similar properties in Rietvlei Heights", "page control"),
    ("Your digital subscription: $1 for the first month. Subscribe now", "newsletter prompt"),
    ("Watch every ball of the Test summer live on SportsDesk+. Start your free trial", "newsletter prompt"),
    ("Get rights and content", "page control"), ("Reprints and permissions", "page control"),
    ("2104 Accesses", "page control"), ("CrossRef citations to date", "page control"),
    ("Recommended articles", "page control"), ("Download citation", "page control"),
    ("Discover more from The Long Run Letter", "newsletter prompt"), ("Type your email…", "newsletter prompt"),
    ("Continue reading", "page control"), ("This article is 4 min read", "read time"),
    ("Listen to this newsletter (6 min)", "read time"), ("Listen to this sermon (audio, 19 minutes)", "read time"),
    ("▶ Listen (38 min) ⬇ Download MP3", "read time"), ("Printer-friendly version", "page control"),
    ("More by this author", "author box"), ("Back to News & Prices", "share prompt"),
    ("This ad will end in 12", "advertisement"), ("Story continues", "advertisement"),
    ("Simple theme. Powered by Blogger.", "copyright"), ("Powered by Inkpot. Theme: Lamplight.", "copyright"),
    ("Church Stowford Community Website · Powered by VillageSites", "copyright"),
    ("Watch KRSW 3 News at 5, 6 and 11.", "advertisement"), ("Watch Channel 9 Live", "advertisement"),
    ("Listen to this advisory", "read time"), ("Listen to this note", "read time"),
    ("Subscribe to the weekly CanLaw Digest newsletter", "newsletter prompt"),
    ("Download this page as a PDF (312 KB)", "share prompt"), ("Download this log (PDF) Ask a question", "share prompt"),
    ("By submitting you agree to our terms. We may publish your first name and town.", "newsletter prompt"),
    ("By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service.", "newsletter prompt"),
    ("Copy link Email Facebook Twitter Telegram LinkedIn WhatsApp Reddit", "share prompt"),
    ("Comments are open to members only.", "page control"),
    ("Read 312 Comments", "share prompt"),
    ("OstwickMum22 - 3 hours ago", "page control"),
    ("CSB acknowledges the First Nations custodians of the lands where we live and work.", "disclaimer"),
    ("Facebook X WhatsApp Copy link", "share prompt"),
    ("Was this email forwarded to you? Subscribe to Circuit Notes", "newsletter prompt"),
    ("Not displaying correctly? Open in your browser", "newsletter prompt"),
    ("Enjoying the Morning Ledger? Forward it to a friend.", "newsletter prompt"),
    ("Want more stories like this? Sign up to our free daily newsletter", "newsletter prompt"),
    ("Our best picks, straight to your inbox every Thursday. Sign up", "newsletter prompt"),
    ("Get more Colorado news by signing up for our Mile High Roundup email newsletter.", "newsletter prompt"),
    ("Got a claim you want checked? Message our WhatsApp tipline on 07700 900 412.", "newsletter prompt"),
    ("Were you affected by the floods? Share your experience with our reporters.", "newsletter prompt"),
    ("Need advice on flexible working? Talk to our employment team on 0161 555 0347. Get in touch", "newsletter prompt"),
    ("Odds correct at time of publishing and subject to change.", "advertisement"),
    ("Please gamble responsibly. If gambling stops being fun, call the free PlaySafe helpline.", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Estimated read time: 4 min", "read time"),
    ("3h 14m Read", "read time"),
    ("5 min read", "read time"),
    ("Share this article", "share prompt"),
    ("Sign up for our morning newsletter to get the day's news first", "newsletter prompt"),
    ("» Read more: Bus fares to rise in April", "link to another story"),
    ("Related: How the budget was built", "link to another story"),
    ("Photo: Reuters", "photo credit or caption"),
    ("File photo", "photo credit or caption"),
    ("Councillors arrive at the town hall on Tuesday. (AP Photo/Jane Smith)", "photo credit or caption"),
    ("Workers at the plant. Photograph: Tom Lee/Getty Images", "photo credit or caption"),
    ("___", "separator"),
    ("* * *", "separator"),
    ("---", "separator"),
    ("Copyright 2025 The Daily Ledger. All rights reserved.", "copyright"),
    ("(Reporting by Ana Ruiz in Lima; Editing by Tom Hart)", "agency credit"),
    ("Compiled by Helen Marsh; Editing by Paul Sim", "agency credit"),
    ("ENDS", "separator"),
    ("Topics: Housing, Cost of living", "topic tags"),
    ("Get the weekly business briefing in your inbox. Sign up here.", "newsletter prompt"),
    ("To support independent bookshops, order your copy from our partner site.", "shop prompt"),
    ("We use some essential cookies to make this service work.", "cookie notice"),
    ("Accept additional cookies", "cookie notice"),
    ("Manage preferences", "cookie notice"),
    ("Is this page useful?", "page control"),
    ("Report a typo or error", "page control"),
    ("Download the KXNV 8 app to get breaking news alerts sent to your phone.", "newsletter prompt"),
    ("Join our WhatsApp community for the latest travel updates", "newsletter prompt"),
    ("Read also: Flower exporters count the cost of shipping delays", "link to another story"),
    ("Also Read - Suryapradesh HC Seeks State's Response On Plea Against Demolition", "link to another story"),
    ("Share this report", "share prompt"),
    ("Share: Facebook / X / Email", "share prompt"),
    ("Listen to this article 4:12", "read time"),
    ("Download the full report (PDF, 3.1MB)", "share prompt"),
    ("Donate now", "newsletter prompt"),
    ("£25 / £50 / £100 / Other amount", "newsletter prompt"),
    ("£329 at Argos", "shop prompt"),
    ("We value your privacy. We and our 143 partners use cookies to personalise content and ads.", "cookie notice"),
    ("Wellspring Relief is a registered charity in England and Wales (1098765).", "copyright"),
    ("Tea pickers at work near Kericho in May 2025. © Simon Maina, AFP", "photo credit or caption"),
    ("Workers block the highway in Gazipur on Monday [Rezaul Karim/Al Jazeera]", "photo credit or caption"),
    ("Traffic on the southern motorway during the morning peak. Photo / Mark Tiller", "photo credit or caption"),
    ("Presented by Coastal Energy Alliance", "advertisement"),
    ("5 mins to read", "read time"),
    ("00:00 / 04:12", "read time"),
    ("Watch video 01:48", "read time"),
    ("Kindly share this story:", "share prompt"),
    ("2.3K followers", "share prompt"),
    ("Download this chart", "share prompt"),
    ("Also Read / Cable makers rally as power ministry fast-tracks projects", "link to another story"),
    ("Figure 1: Retail sales volumes rose by 0.7% in June 2025", "figure title"),
    ("Was this page helpful? Yes / No", "page control"),
    ("Disclaimer: The views expressed by experts in this article are their own.", "disclaimer"),
    ("14 Comments / 14 New", "share prompt"),
    ("Follow us on Google News", "share prompt"),
    ("This story is exclusive to our subscribers", "newsletter prompt"),
    ("Got an event coming up? Tell us about it using our online form.", "newsletter prompt"),
    ("Do you have a story to share? Email news@dailypost.co.uk", "newsletter prompt"),
    ("Send your club cricket reports and pictures to sport@northvale.co.uk", "newsletter prompt"),
    ("More AP basketball: https://apnews.com/hub/basketball", "link to another story"),
    ("See the 10 stocks »", "link to another story"),
    ("← All posts", "link to another story"),
    ("Photo courtesy of the Dolan family", "photo credit or caption"),
    ("The pool is set to open on Memorial Day weekend. (Megan Castellano/Patch)", "photo credit or caption"),
    ("A dry irrigation channel near Tarlee in late February. (ABC Rural: Marnie Pettigrew)", "photo credit or caption"),
    ("Take our poll", "newsletter prompt"),
    ("Evan Marsh has no position in any of the stocks mentioned.", "disclosure"),
    ("View this post on Instagram", "share prompt"),
    ("You've read 3 of your 5 free articles this month.", "newsletter prompt"),
    ("About us / Contact us / Careers / Terms of service", "navigation menu"),
    ("Comments 241", "share prompt"),
    ("https://www.example.co.uk/news/local/kestrel-bridge 1/3", "link to another story"),
    ("Page 2 of 3", "page control"),
    ("Sent from my iPhone", "newsletter prompt"),
    ("Social Sharing", "share prompt"),
    ("Advertisement 2", "advertisement"),
    ("View in browser", "newsletter prompt"),
    ("Join our Stockport WhatsApp community for the latest news", "newsletter prompt"),
    ("Follow Dawn on WhatsApp for breaking news and updates", "newsletter prompt"),
    ("Your subscription could not be saved. Please try again.", "newsletter prompt"),
    ("By providing an email address. I agree to the Terms of Use.", "newsletter prompt"),
    ("3 min reading time", "read time"),
    ("Show 3 new updates", "page control"),
    ("Pinned", "page control"),
    ("Video PlayerClose", "page control"),
    ("EFIWO PRESS STATEMENT – 20 MARCH 2025", "page control"),
    ("Rue de la Loi 227, 1040 Brussels / www.efiwo.eu", "page control"),
    ("Copy link Copied", "share prompt"),
    ("Reddit", "share prompt"),
    ("Match sponsor: Coastline Builders Merchants", "advertisement"),
    ("Check availability on Booking.com", "advertisement"),
    ("See prices for hotels in Kandy", "advertisement"),
    ("Compare hotels in Mirissa and Galle", "advertisement"),
    ("Edit this page on GitHub", "page control"),
    ("View Harriet's profile", "page control"),
    ("From Wikipedia, the free encyclopedia", "page control"),
    ("Did this answer your question?", "page control"),
    ("NSE: TRILOCHAN", "market data"),
    ("This article was originally published on Field Notes. Read the original article.", "copyright"),
    ("This article appears in the April 2025 print edition with the headline “Who will climb the poles?”", "copyright"),
    ("Getting your Trinity Audio player ready...", "page control"),
    ("Join the Daily Ledger channel", "newsletter prompt"),
    ("View at Currys", "page control"),
    ("Scroll down for video", "page control"),
    ("Editorial code of conduct", "page control"),
    ("Read related topics:Stan", "topic tags"),
    ("Want more music news? Follow us on Instagram, TikTok and WhatsApp.", "newsletter prompt"),
    ("Science newsletter: Get the latest discoveries in your inbox every fortnight", "newsletter prompt"),
    ("Bet £10 Get £40 in Free Bets on Premier League football", "advertisement"),
    ("Odds and lines provided by BetMGM. 21+. Gambling problem? Call 1-800-GAMBLER. See site for terms.", "advertisement"),
    ("Watch every game of the NRL Telstra Premiership live and free on 9Now", "advertisement"),
    ("This article was published more than 6 months ago. Some information may no longer be current.", "page control"),
    ("Gift this article free", "page control"),
    ("Stay informed! Follow The Daily Ledger on WhatsApp for real-time updates and breaking news. Join now!",
     "newsletter prompt"),
    ("Did you find what you were looking for? Yes No", "page control"),
    ("View gallery (14 photos)", "page control"),
    ("View gallery: Day two (27 photos)", "page control"),
    ("[PHOTOS] VERDANT at the 'Afterglow' showcase (24 photos)", "page control"),
    ("Start Slideshow", "page control"),
    ("Text size: A A A Print this page", "page control"),
    ("Print this guide (PDF)", "share prompt"),
    ("Disclosure statement", "page control"),
    ("Add to my schedule", "page control"),
    ("▶ Listen to this episode (1:58:12)", "page control"),
    ("TOGETHER WITH LUMEN PAYROLL", "advertisement"),
    ("Sponsor Message", "advertisement"),
    ("TRAFFIC: Hwy 412 eastbound at Lakeridge Rd – collision, left lane blocked", "page control"),
    ("WILDFIRE ALERT: Evacuation orders in effect for Lac Pelletier and area. Tap for updates.", "page control"),
    ("YouTube video player", "page control"),
    ("Is there a problem with this page?", "page control"),
    ("Was this leaflet helpful? Tell us what you think", "page control"),
    ("Cookies on the NHS website", "cookie notice"),
    ("KRVT.AS", "market data"),
    ("₹1,284.60 ▲ 98.45 (8.30%)", "market data"),
    ("Real-time price as of 11:02 AM ET", "market data"),
    ("Skip past newsletter promotion", "page control"),
    ("No ratings yet", "page control"),
    ("View larger map", "page control"),
    ("Retrieved from \"https://en.wikipedia.org/w/index.php?title=Marisol_Teixeira\"", "page control"),
    ("Categories: 1887 fires in the United Kingdom / 1887 in England / History of Lancashire", "topic tags"),
    ("Copy template", "page control"),
    ("Font size", "page control"),
    ("Buy on Flipkart", "advertisement"),
    ("GET THE RECIPE", "share prompt"),
    ("Listen to this article · 6:12 min", "read time"),
    ("Heard on Midday Report", "read time"),
    ("Prices were correct at the time of writing. The Daily Ledger may earn a commission on purchases.", "shop prompt"),
    ("Click here to join our WhatsApp channel for the latest tech news", "newsletter prompt"),
    ("Read: Bicol farmers rush to harvest rice ahead of the storm", "link to another story"),
    ("READ | Why the selectors changed their minds on the quick bowler", "link to another story"),
    ("Read more African museums prepare for a wave of returns", "link to another story"),
    ("Header image: A health worker gives polio drops to a child in Karachi.", "photo credit or caption"),
    ("The winner crosses the line in the 400m final. - Damion Mitchell/Photographer", "photo credit or caption"),
    ("Residents carry their belongings along a flooded road. Photo courtesy of Virac MDRRMO",
     "photo credit or caption"),
    ("Odds correct at time of publishing. 18+ only. Please gamble responsibly. BeGambleAware.org", "advertisement"),
    ("Play Fantasy Championship: Pick your side before Friday's 7pm deadline", "advertisement"),
    ("Buy tickets for Round 10", "advertisement"),
    ("In association with Hallgarth Builders", "advertisement"),
    ("Watch on YouTube", "share prompt"),
    ("Jump to recipe", "share prompt"),
    ("Did you feel it? Tell the National Seismic Service at seismic.govt.nz/felt", "newsletter prompt"),
    ("Does your club have a result for next week? Email sport@gazette.co.uk by 9pm on Sunday.", "newsletter prompt"),
    ("Follow StarWire on TikTok and Instagram", "newsletter prompt"),
    ("Image via Apple TV+", "photo credit or caption"),
    ("(c) 2025 Beatrice Lowe. Distributed by Andrews Features Syndicate.", "copyright"),
    ("You have 2 free articles remaining this month. Subscribe for unlimited access.", "newsletter prompt"),
    ("Forward this email to a friend", "newsletter prompt"),
    ("Share this: Facebook X WhatsApp Email", "share prompt"),
    ("Reading: 4 min", "read time"),
    ("E&OE", "page control"),
    ("This edition of The Daybreak is supported by Harlow & Finch Building Society.", "advertisement"),
    ("Chart: The Tally • Source: published polls", "figure title"),
    ("This story originally appeared on Coastline Public Radio.", "copyright"),
    ("This article was syndicated from Agencia Austral and is republished under a content-sharing agreement.", "copyright"),
    ("This article is republished from Orbis under a licensing agreement.", "copyright"),
    ("(This story has not been edited by Daily Ledger staff and is auto-generated from a syndicated feed.)", "copyright"),
    ("Brightwell Logistics (NYSE: BWLX)", "market data"),
    ("-2.94 (-4.45%)", "market data"),
    ("Orrin Semiconductor (ORSM -2.31%)", "market data"),
    ("Price as of May 8, 2025, 10:02 a.m. ET", "market data"),
    ("Read moreAfrican museums prepare for a wave of returns", "link to another story"),
    ("AdvertisementHide Ad", "advertisement"),
    ("Like Loading...", "share prompt"),
    ("X (Twitter)", "share prompt"),
    ("Share this story: Trustees vote to close the school", "share prompt"),
    ("Thanks for reading Low Tide Notes! Subscribe for free to receive new posts.", "newsletter prompt"),
    ("Know someone who'd find this useful? Forward this email.", "newsletter prompt"),
    ("Follow @MetroTransit for the latest news", "newsletter prompt"),
    ("Far Post is funded by its readers. Become a member from £3 a month.", "newsletter prompt"),
    ("To place a family notice in the Observer, call 01632 960412", "newsletter prompt"),
    ("Registered charity no. 1175555", "copyright"),
    ("The Penny Jar, 14 Hollis Street, Bristol BS1 4QA", "postal address"),
    ("Ask Bea, P.O. Box 4120, Kansas City, MO 64141", "postal address"),
    ("Rate this page", "newsletter prompt"),
    ("Go to Contents Go to Navigation", "page control"),
    ("(END)", "separator"),
    ("#HeavyRain #Landslide #Casualties", "topic tags"),
    ("We have more newsletters", "newsletter prompt"),
    ("Follow Manchester Evening News", "newsletter prompt"),
    ("Download this paper (PDF, 486KB)", "share prompt"),
    ("Crown copyright", "copyright"),
    ("Stream it on BBC iPlayer", "newsletter prompt"),
    ("Watch the full grand final VOD on YouTube", "share prompt"),
    ("Shop the look: Felted wool cardigan, £340", "advertisement"),
    ("Listen on Apple Podcasts, Spotify or wherever you get your podcasts", "newsletter prompt"),
    ("By clicking Sign Up, you agree to our privacy policy.", "newsletter prompt"),
    ("Headline partner: Pennant Cloud Services", "advertisement"),
    ("INTERNAL – DO NOT FORWARD OUTSIDE THE ORGANISATION", "page control"),
    ("Audio: Listen to this article · 4:12", "read time"),
    ("Corrections and clarifications / Submit a news tip", "page control"),
    ("Proudly supported by Kickstart Sportswear – 15% off for members", "advertisement"),
    ("TEXT AD: Buy and sell land in Lekki with verified titles", "advertisement"),
    ("Support PREMIUM TIMES' journalism of integrity and credibility", "newsletter prompt"),
    ("Keywords: kabuki, theater, rural Japan", "topic tags"),
    ("The Wayback Machine - https://web.archive.org/web/2024/https://example.com/story", "link to another story"),
    # reader-funding appeals, author cards, event promos, comment notices, AI audio notes
    ("Readers like you keep news free for everyone.", "newsletter prompt"),
    ("For the price of one cup of coffee each week you can help keep paywalls away.", "newsletter prompt"),
    ("More than 5,000 readers have already pitched in to keep free access.", "newsletter prompt"),
    ("Read the latest from Michael Okonjo", "author box"),
    ("Why You Can Trust CNET", "author box"),
    ("Expertise Wireless carriers, phone plans, home internet", "author box"),
    ("Register Now", "advertisement"),
    ("Secure your spot for our leading AI event. Save up to $300 on your pass.", "advertisement"),
    ("Sponsored: Five things your backup strategy gets wrong", "advertisement"),
    ("Please keep comments civil, constructive and on topic.", "share prompt"),
    ("Users with a Yle ID can leave comments on our news stories.", "share prompt"),
    ("This audio is created with AI assistance", "audio notice"),
    ("Keep up to date with international news by downloading the France 24 app", "newsletter prompt"),
    ("Forecasts for your area are available on our app. Download now", "newsletter prompt"),
    ("Print or save this page", "share prompt"),
    ("Save this story", "share prompt"),
    ("Hits: 1164", "share prompt"),
    ("You must be logged in to join the discussion or read more comments.", "share prompt"),
    ("This document is subject to copyright. No part may be reproduced without the written permission.", "copyright"),
    ("Tagged: Verdalis, climate tech, Series B", "topic tags"),
    ("Storm Fionn is expected to bring gusts of up to 140km/h (file image)", "photo credit or caption"),
    # gallery and player controls, browser notices, paywall labels, tip-off and comment prompts
    ("Now Playing", "page control"),  # "Show Caption" and the like: with their caption, below
    ("Add Topic", "page control"), ("Learn more", "page control"),
    ("IE 11 is not supported. For an optimal experience visit our site on another browser.", "page control"),
    ("Report an editorial error", "page control"), ("Vote to see results", "page control"),
    ("Republish this story for free", "share prompt"), ("Leave your comment", "share prompt"),
    ("Click to share on Facebook (Opens in new window)", "share prompt"),
    ("Want to join the conversation? Please or to comment on this article.", "share prompt"),
    ("Thank you for signing up!", "newsletter prompt"), ("For Subscribers", "newsletter prompt"),
    ("Thank you for subscribing!", "newsletter prompt"), ("Invalid Email", "newsletter prompt"),
    ("Thank you for liking", "page control"), ("Email This Link", "page control"),
    ("Jump to Nutrition Facts", "page control"), ("Join the discussion", "page control"), ("You have already liked this page, you can only like it once!", "page control"),
    ("Do you have a story for The Sun news desk?", "newsletter prompt"),
    ("Email us at tips@example-news.co.uk", "newsletter prompt"), ("Sponsored Headlines", "advertisement"),
    ("Video report by ITV News correspondent Rhys Penhale", "photo credit or caption"),
    # blog, newsletter and site platforms' widgets
    ("Newer Post Older Post Home", "page control"), ("Blog Archive", "page control"),
    ("View my complete profile", "page control"), ("Post a Comment", "page control"), ("►April (11)", "page control"),
    ("Discussion about this post", "page control"), ("Write a comment...", "page control"),
    ("Ready for more?", "page control"), ("Next", "page control"), ("Previous", "page control"),
    ("You are here:", "page control"), ("Forgot your username?", "page control"),
    ("Rated 4.7 out of 5 (318 ratings)", "page control"), ("27 likes ∙ 6 restacks", "newsletter prompt"),
    ("Stay in the loop", "newsletter prompt"), ("We respect your privacy.", "newsletter prompt"),
    ("Thank you!", "newsletter prompt"), ("Forward to a friend", "newsletter prompt"),
    ("Want to change how you receive these emails?", "newsletter prompt"),
    ("Our mailing address is:", "newsletter prompt"), ("Riverbend Weekly logo", "photo credit or caption"),
    ("Labels: Ashby County, dairy, fire", "topic tags"), ("Privacy ∙ Terms ∙ Collection notice", "navigation menu"),
    ("Video, Monday's forecast: watch Sian's full update, Duration 1,48", "photo credit or caption"),
    ("A worker at a plant in Bielefeld, May 16, 2024. Tradewire/Stefan Brandt/File Photo Purchase Licensing Rights, "
     "opens new tab", "photo credit or caption"),
    # credits in a local paper's and an agency's words, deal buttons, official pages' links
    ("Ledger photo by Tom Brackett", "photo credit or caption"),
    ("Submitted photo: Third-graders deliver handmade cards to residents last Tuesday.", "photo credit or caption"),
    ("The recovery centre, which opened in the former curling rink in August. Carly Nakamura photo",
     "photo credit or caption"),
    ("A family salvages roofing sheets outside their home. © Relief Partners Alliance/L. Chaúque",
     "photo credit or caption"),
    ("View deal", "shop prompt"), ("See all updates", "page control"), ("Respond online", "page control"),
    ("Get email alerts", "newsletter prompt"), ("Download press summary (PDF)", "share prompt"),
    ("00:06:12", "read time"), ("Watch the latest WTRN 6 News at Noon", "page control"),
    ("Click here to report a typo.", "page control"),
    ("Love coffee? Get our monthly Kitchen Tech newsletter for reviews and deals. Subscribe", "newsletter prompt"),
    ("Screenshot: Palegrove Interactive", "photo credit or caption"), ("Share full article", "share prompt"),
    ("SKIP ADVERTISEMENT", "advertisement"),
    ("Share this article in your social network", "share prompt"),
    ("Article continues below", "advertisement"),
    ("Police are appealing for informationPolice are appealing for information", "photo credit or caption"),
    ("View cookies", "cookie notice"), ("Get a quote", "advertisement"),
    ("Talk to an adviser", "advertisement"), ("See my rates", "advertisement"), ("Enter your postcode", "advertisement"),
    ("Find a tutor", "advertisement"), ("Compare schools near you", "advertisement"), ("Print page", "share prompt"),
    ("Advertisement - Continue Reading Below", "advertisement"),
    ("Compare home insurance quotes in minutes [Get a quote]", "advertisement"),
    ("Have your say: email letters@harrowbycourier.co.uk. Letters should be under 300 words.", "newsletter prompt"),
    ("This advertisement has not loaded yet, but your article continues below.", "advertisement"),
    ("A wildfire burns near the Bow Valley corridor in August 2024. Photo by Darren Makowski /Calgary Sentinel",
     "photo credit or caption"),
    ("See full leaderboard", "page control"), ("Start the survey", "page control"),
    ("Yes this page is useful", "page control"), ("Download transcript", "share prompt"),
    ("Spotted an error? Report a correction", "page control"), ("Save this for later", "share prompt"),
    ("Published", "page control"), ("Last updated", "page control"),
    ("Reading on your phone? Get the Pocketwise app for iOS and Android", "newsletter prompt"),
    ("Get our Money Matters email every Friday", "newsletter prompt"),
    ("Find a pharmacy near you", "page control"),
    ("Get the free 2025 ransomware readiness checklist from Corvane Security", "newsletter prompt"),
    ("Join us at TechCrunch Sessions: AI", "newsletter prompt"),
    ("A store in Mississauga, Ont., on Nov. 20. Discount stores now sell half its food. Ryan Delorme/The Globe and Mail",
     "photo credit or caption"),
    ("A pipistrelle bat hunting moths around an LED streetlight. Credit: Nordhavn University / M. Dalgaard",
     "photo credit or caption"),
    ("Screenshot of a Facebook post taken on May 6, 2025", "photo credit or caption"),
    ("Drivers picket outside the Kell Street depot during the June 2023 strike. (Sam Ortiz / Riverton Post)",
     "photo credit or caption"),
    ("Students walk past Hartwell Hall on Tuesday. (Marcus Bell | The Meridian Ledger)", "photo credit or caption"),
    ("An artist's impression of Kestrel-1 on the lunar surface before the landing.", "photo credit or caption"),
    ("Part-time staff stock shelves at a supermarket in Tokyo in February. | KYODO", "photo credit or caption"),
    ("Jess Polglase has been a volunteer crew member for six years. Image source, RNLI/St Merryn",
     "photo credit or caption"),
    ("Listen live", "page control"), ("Add to My Sounds", "page control"), ("Add to watchlist", "page control"),
    ("Save to favourites", "page control"), ("Listen · 8 min", "page control"),
    ("Recipes › Dinner › Vegetarian", "navigation menu"),
    ("Purchase Licensing Rights", "page control"), ("More to follow.", "page control"),
    ("Did you find this page helpful?", "page control"), ("Expand all / Collapse all", "page control"),
    ("Watch live: KVWT 7 News at Noon", "page control"), ("This story is being updated.", "page control"),
    ("Get allergy alerts by email or text", "newsletter prompt"), ("Reader comments (14)", "share prompt"),
    ("MORE OPTIONS", "cookie notice"),
    ("Gull Creek -18°C Mainly Sunny", "page control"), ("Next Article", "page control"),
    ("Photo 3 of 6", "share prompt"), ("View all 14,906 comments", "share prompt"), ("481,090 likes", "share prompt"),
    ("Allow Instagram content?", "page control"), ("End of Instagram post by June Okafor", "page control"),
    ("Skip Instagram post by June Okafor", "page control"), ("Bet now", "advertisement"),
    ("Odds by BetPlaza", "advertisement"), ("Delacroix -150", "advertisement"), ("Play video", "page control"),
    ("Scroll down to use our interactive tool", "page control"), ("Top of page", "page control"),
    ("Audio: Priya Lakhani explains the switchover (1:58)", "photo credit or caption"),
    ("This episode is sponsored by Tallyfin, the budgeting app that finds your forgotten subscriptions. New users get "
     "three months free.", "advertisement"),
    ("Left: screenshot of the video shared on Facebook; right: the 2020 YouTube original", "photo credit or caption"),
    ("🔗 Copy link", "share prompt"), ("🖨️ Print", "share prompt"),
    ("View this post on the web", "newsletter prompt"), ("Not a subscriber? Sign up for City Hall This Week", "newsletter prompt"),
    ("If someone forwarded you this email, sign up for free here.", "newsletter prompt"),
    ("You're receiving City Hall This Week from The Riverton Ledger. Manage preferences / Unsubscribe", "newsletter prompt"),
    ("Signal/Noise is reader-supported. Become a paid member", "newsletter prompt"),
    ("Refer 3 friends and get the Sunday deep-dive free for a year.", "newsletter prompt"),
    ("Join our Discord", "newsletter prompt"), ("Next post: Roadmap: what's coming in June", "page control"),
    ("Thanks for your feedback.", "page control"), ("Please share your thoughts", "page control"),
    ("We recently updated our anonymous product survey; we'd welcome your feedback.", "page control"),
    ("Enquire now", "page control"), ("Watch the trailer", "page control"),
    ("Get a quote on a new Ferro Cargo", "advertisement"), ("82°F Sunny", "page control"),
    ("Current conditions at Bear Gulch: 61°F, clear", "page control"),
    ("Cookies on the Hartwell Borough Council website", "cookie notice"), ("Text size Standard Large", "page control"),
    ("Watch on Apple TV+", "page control"), ("Visit website", "page control"),
    ("View results", "page control"), ("▶ Watch the replay", "page control"),
    ("Refresh for latest results", "page control"), ("Select your constituency", "page control"),
    ("Enter your postcode to see results where you live", "page control"), ("Call 01632 960418", "page control"),
    ("Report a crime online", "page control"), ("Call 999 in an emergency. For non-emergencies call 101.", "page control"),
    ("Posted in: Newsletters, Headteacher", "topic tags"), ("Enjoyed this issue? Buy me a coffee", "newsletter prompt"),
    ("Forward this to a friend who might like it", "newsletter prompt"), ("Auto-update: on", "page control"),
    ("Get breaking travel news sent to your phone – turn on notifications", "newsletter prompt"),
    ("Disclosure: book links go to Bookshop.org, where I earn a small commission.", "shop prompt"),
    ("Save this itinerary to Pinterest!", "newsletter prompt"), ("Book now", "advertisement"),
    ("Watch Dead Reckoning on Peacock", "page control"),
    ("Add Ember Crown to your watchlist", "page control"), ("Previous episode: Episode 7 recap", "page control"),
    ("Get new essays by email, roughly once a month. No spam, no algorithm.", "newsletter prompt"),
    ("Travel alert: Roadworks on the A38 until 30 January. Allow extra time. Read more", "link to another story"),
    ("Watch now", "page control"), ("Open in app", "page control"), ("Claim offer", "page control"),
    ("Read this next", "page control"), ("Shop the story", "page control"),
    ("We may receive a commission if you sign up via links on this page.", "shop prompt"),
    ("Order now", "page control"),
    ("2,318 viewing this page", "page control"), ("Save this recipe to your recipe box", "page control"),
    ("Reader rating: ★★★★☆ (212 votes)", "page control"), ("Get a quote in 2 minutes", "page control"),
    ("Evergreen Power is rated Excellent on Trustpilot ★★★★☆ 4.6 out of 5 from 38,120 reviews", "page control"),
    ("Map data: OpenStreetMap contributors, UNHCR.", "page control"),
    ("Do you agree? Tell us in the comments below.", "newsletter prompt"),
    ("SIX Swiss Exchange: HELV", "market data"), ("Call us: (312) 555-0134", "page control"),
    ("This article was translated automatically from Spanish. Ver versión original", "page control"),
    ("The text was translated automatically from Serbian. We apologise for any errors in translation.", "page control"),
    ("Jump to comments (86)", "page control"), ("Click to email a link to a friend", "share prompt"),
    ("⚠ Swimming advisory in effect at Millbrook Lake beach. Read more", "link to another story"),
    ("Drift Protocol – Season 7: Tidebreak Launch Trailer", "page control"), ("Call us: (312) 555-0134", "page control"),
    ("Risk warning: Cryptoassets are highly volatile. You could lose all of the money you invest.", "disclaimer"),
    ("Sponsored content: This guide was produced with support from VoltCheck. Our editors kept full control.",
     "advertisement"),
    ("Why you can trust PixelBench: Our expert reviewers spend hours testing every product we cover.", "author box"),
    ("Illustration of a small near-Earth asteroid passing Earth. NASA/JPL-Caltech", "photo credit or caption"),
    ("Northmere Bank plc. Registered in England and Wales (No. 04871923).", "copyright"),
    # a review site's, a shop's and a bulletin board's counters and buttons; publishers' disclaimers; a club's sponsor
    ("1,134 users here now", "page control"),
    ("Level 10 (190,312 points)", "page control"), ("Posts: 2031", "page control"), ("Helpful (412)", "page control"),
    ("Joined: Mon Jan 05, 2015 12:00 pm", "page control"), ("5 posts • Page 1 of 1", "page control"),
    ("See more answered questions (41)", "page control"), ("Add to Basket", "page control"),
    ("Visit the Halvard Store", "page control"), ("Return to “Vegetables”", "page control"),
    ("Board index ‹ Growing ‹ Vegetables", "navigation menu"),
    ("The views expressed are the author's own and do not necessarily reflect those of Seaways Journal.", "disclaimer"),
    ("This article reflects the views of the author and not necessarily those of The Ferncastle Student.", "disclaimer"),
    ("The Dunmore Record is editorially independent of Dunmore Students' Union.", "disclaimer"),
    ("Loudhailer is the student newspaper of Ashby University. Views expressed are those of the contributors.",
     "disclaimer"),
    ("Today's match ball was kindly sponsored by Pennock & Sons Plumbing and Heating", "advertisement"),
    ("Join our mailing list for early access to tickets", "newsletter prompt"),
    ("Southern Cross Broadcasting acknowledges the Traditional Owners of the lands where we live and work.", "disclaimer"),
    ("Promoted by J. Carver on behalf of Ruth Hallam, both of 12 High Street, Calderbrook CB4 2RT.", "copyright"),
    ("Kilbride Ledger is a nonprofit newsroom covering Kilbride County. We depend on readers like you.",
     "newsletter prompt"),
    ("Email this job", "page control"), ("Similar jobs", "page control"), ("Apply now", "page control"),
    ("Loading more posts...", "page control"),
    # an embed's placeholder
    ("Loading Twitter content", "page control"), ("Loading Instagram content", "page control"),
    # a broadcaster's topic tag, its video placeholder and caption
    ("Topic:Cyclones", "topic tags"), ("Topic: Local Government", "topic tags"),
    ("This video can not be played", "page control"),
    ("To play this video you need to enable JavaScript in your browser.", "page control"),
    ("Media caption, Drone footage shows the extent of the flooding", "photo credit or caption"),
    # a sign-up box's privacy notice
    ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
     "newsletter prompt"),
    # a fundraiser's, a social post's and a group's counters, timers and buttons; a society's registration
    ("£31,862 raised of £40,000 target", "page control"),
    ("£25 · 3d", "page control"), ("Words of support (86)", "page control"),
    ("Back this project", "page control"), ("Aled Pryce and 2,417 others", "page control"),
    ("Public group · 1.1K members", "page control"), ("Admins turned off commenting for this post.", "page control"),
    ("You need to be a backer of this project to comment.", "page control"),
    ("This page refreshes automatically. Newest entries at the top.", "page control"),
    ("Shared on Snapfolio by Casa Lume (@casalume.kitchen)", "page control"), ("Report this update", "page control"),
    ("Saltmarsh Pictures is a community interest company registered in Scotland, no. SC712884.", "copyright"),
    ("2d • Edited •", "page control"),
    ("Add a comment…", "page control"),
    # a wiki's and an archive's foot and controls
    ("Community content is available under CC-BY-SA unless otherwise noted.", "copyright"),
    ("This page was last edited on 27 February 2026, at 21:15.", "copyright"),
    ("Report this clipping", "page control"), ("Show all key events", "page control"),
    ("Previous patch: 3.7.1 / Next patch: 3.7.3", "page control"),
    ("Kagerou & Co. is reader-supported. Become a member for ad-free recaps.", "newsletter prompt"),
    # a forum's, a travel board's and a shop's controls; a picture's file name alone
    ("Reply With Quote", "page control"), ("Upvote 148 Downvote", "page control"), ("Top 1% Commenter", "page control"),
    ("Join Date: Feb 2019", "page control"), ("Member since 2012 · 9 reviews", "page control"),
    ("Topic Replies Views Activity", "page control"), ("Search in r/SoloWandering", "page control"),
    ("Jump to latest update", "page control"), ("Join the discussion (214 comments)", "page control"),
    ("IMG_4471.jpg", "photo credit or caption"),
    ("Reply via email to Ravindra Osei-Mensah", "page control"), ("Download raw message", "page control"),
    ("A- A A+", "page control"), ("Give £95", "newsletter prompt"), ("Other amount", "newsletter prompt"),
    ("Give again today", "newsletter prompt"), ("Text size: A A A", "page control"),
    ("This post is for paid subscribers", "newsletter prompt"), ("Already a paid subscriber? Sign in", "newsletter prompt"),
    ("Upgrade to paid", "newsletter prompt"), ("∙ Paid", "newsletter prompt"),
    ("·Writer for Small Studio Notes", "newsletter prompt"), ("Anonymous said...", "page control"),
    ("Derek Whitlow said…", "page control"),
    ("Cars queue at the station car park on March 2, 2026. — Picture by Azlan Rahim", "photo credit or caption"),
    ("(Reporting by Nadia Kessler; Editing by Paul Amberley)", "agency credit"),
    ("Return to top", "share prompt"), ("Article is closed for comments.", "share prompt"),
    ("Continue reading with a Forwarder Focus Premium subscription", "newsletter prompt"),
    ("Next lesson: Hot wallets vs cold wallets", "link to another story"),
    ("Check out this story I found on the Midland Daily app", "newsletter prompt"),
    ("Duration 2:41", "read time"), ("Support the show", "newsletter prompt"),
    ("Send us a message", "newsletter prompt"), ("Click to play video: 'Sorrel Lake gets ready for another fire season'", "read time"),
    ("The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
     "audio notice"),
    ("Previous incident", "page control"), ("Next incident", "page control"), ("Short link:", "page control"),
    ("Like this review? Support independent jazz journalism from £3 a month", "newsletter prompt"),
    ("Join the union today from £2.95 a week. Join now", "newsletter prompt"), ("Auto-refresh: ON", "page control"),
    ("(0) comments", "page control"), ("Read our editorial standards", "page control"),
    ("Show earlier updates", "page control"), ("Load older entries", "page control"), ("Show latest updates", "page control"),
    ("Trade in your old phone and get up to £420 off. Get a quote", "shop prompt"),
    ("Cloth & Counter is published by Weft Media Ltd. Subscriptions | Events | Jobs | Contact", "copyright"),
    ("Southern Sky FM is part of Plains Media Group Ltd. Privacy | Terms", "copyright"),
    ("This series is part of The Ledger's climate desk. Sign up to our weekly climate newsletter.", "copyright"),
    ("Send us your pictures and videos of the snow where you live.", "newsletter prompt"),
    ("Email This", "share prompt"), ("BlogThis!", "share prompt"), ("Share to Facebook", "share prompt"),
    ("READ LATER", "page control"),
    ("Crews dig out a broken water main on Carver Avenue in Linwood early Thursday. (WKMB)", "photo credit or caption"),
    ("Engineers inspect reverse-osmosis units at the Al-Qurayn plant on the Red Sea coast. (Supplied)",
     "photo credit or caption"),
    ("Traders at the old Kerigo market along Oginga Road on Monday. PHOTO | BRIAN OTIENO", "photo credit or caption"),
    ("Firefighters battled a barn fire east of Oakhurst early Thursday. Courtesy Oakhurst Volunteer Fire Department",
     "photo credit or caption"),
    # a video's sound control; a wire story's source line
    ("Tap to unmute", "page control"), ("Click to unmute", "page control"),
    ("Source: Al Jazeera and news agencies", "agency credit"), ("Source: News agencies", "agency credit"),
    # a caption's credit as agencies and papers write it, on the caption's line or alone
    ("Volunteers sort donated clothes at a church hall in Kisumu. FILE PHOTO | NMG", "photo credit or caption"),
    ("Firefighters hose down a burning shed near Orbost on Sunday. Picture supplied by Country Fire Authority",
     "photo credit or caption"),
    ("The mill in 1910, before the fire. Picture supplied", "photo credit or caption"),
    ("Montreal Canadiens goaltender Luc Tremblay (31) makes a save during the first period in Montreal on Tuesday, "
     "March 3, 2026. THE CANADIAN PRESS/Anna Roy", "photo credit or caption"),
    ("Photos courtesy: Harlow Police Department", "photo credit or caption"),
    ("The mill in 1910, before the fire. Image courtesy of the Harlow Museum", "photo credit or caption"),
    ("AP Photo/Jane Ortiz", "photo credit or caption"),
    # a publisher's advice disclaimer under the piece
    ("This guide is for general information only and is not a substitute for advice from your vet.", "disclaimer"),
    ("The information on this page is not intended as tax advice. Speak to an accountant about your own affairs.",
     "disclaimer"),
    ("Harbour Money's content is general information and not personal financial advice.", "disclaimer"),
    # a comment box's prompts and a page's report and feedback buttons
    ("Have your say. Sign in to comment.", "share prompt"), ("Have your say on this story", "share prompt"),
    ("Have your say — join the discussion", "share prompt"),
    ("Have your say on the library cuts in the comments below", "share prompt"),
    ("Comments are subject to our community guidelines, which can be viewed here.", "share prompt"),
    ("Report this letter", "share prompt"), ("Report this job", "share prompt"),
    # a quote box's delay notice; a call for readers' pictures
    ("Quotes delayed at least 15 minutes. Market data provided by Tickerline.", "market data"),
    ("Prices delayed by 20 mins. Source: Tickerline", "market data"),
    ("Take our short survey", "newsletter prompt"),
    ("Refresh the page for the latest updates.", "page control"), ("Refresh page", "page control"),
    # a newsletter's pitch by where it lands
    ("The week's best allotment tips, straight to your inbox.", "newsletter prompt"),
    ("Get The Harbour Brief in your inbox every Friday.", "newsletter prompt"),
    ("Local headlines in your inbox every weekday morning.", "newsletter prompt"),
    ("Get local news alerts straight to your phone", "newsletter prompt"),
    # small print: an affiliate disclosure, a registration, a free page's pitch, a letters page's rules, independence
    ("Trailwise may earn a commission if you buy through links on this page.", "disclosure"),
    ("Gloss may receive a portion of sales from products purchased through our site.", "disclosure"),
    ("Harbour Museum is run by the town council. Registered charity no. 1100234.", "copyright"),
    ("Marlow Outdoor Ltd, 4 Quay Street, Marlow. Registered in England and Wales 04455667.", "copyright"),
    ("Our reporting is free to read, but it isn't free to make. Become a supporter today.", "newsletter prompt"),
    ("Letters should be no longer than 250 words and must include your full address.", "newsletter prompt"),
    ("RatingsWatch is an independent site and is not affiliated with any broadcaster.", "disclaimer"),
    ("We care about the protection of your data. Read our Privacy Policy.", "newsletter prompt"),
    ("Be the first to hear about new homes in Ashby.", "newsletter prompt"),
    ("Get unlimited access to breaking news and analysis.", "newsletter prompt"),
    ("Local Journalism Initiative Reporters are funded by the Government of Canada.", "disclaimer"),
    ("About the author: Nia Ford covers housing for the Courier.", "author box"),
    ("Read our editorial code", "page control"), ("Get all the latest news from around the region", "page control"),
    ("Boats at the jetty in Demak at dawn. Photo by Rina Chandra for Earthwire.", "photo credit or caption"),
    # a share row with its label or a save button; a booking button's offer
    ("Facebook Twitter Email Print Save", "share prompt"),
    ("Book a free 20-minute call with one of our planners", "newsletter prompt"),
    ("Book a consultation | Find your nearest clinic", "newsletter prompt"),
    # a forum post's buttons, counters, poster's rank and link back up the page
    ("Like Reply Report", "page control"), ("2d Like Reply", "page control"),
    ("14 reactions · 9 comments", "page control"),
    ("Share · Save", "share prompt"), ("Print Share", "share prompt"),
    # a search box's hint: what it finds, in a few words
    ("Search for symbols or companies", "page control"), ("Search for articles...", "page control"),
    ("Search for a symbol or company", "page control"), ("Search for articles, videos and podcasts...", "page control"),
    # a caption naming who or what is pictured, and where
    ("The late Donal Geraghty pictured behind the bar of Geraghty's in 2019.", "photo credit or caption"),
    ("Saturn's rings, photographed close to edge-on through a small reflector last spring.", "photo credit or caption"),
])
def test_furniture_is_left_out_and_listed(line, kind):
    for where in ((line, HEADLINE, LEDE, "Next Steps", BODY), (HEADLINE, line, LEDE, "Next Steps", BODY),
                  (HEADLINE, LEDE, line, "Next Steps", BODY), (HEADLINE, LEDE, "Next Steps", line, BODY)):
        a = article(*where)
        assert (a.title, a.summary) == (HEADLINE, LEDE), where
        assert kinds(a) == ["H2:Next Steps", "P"], where
        assert [(f.kind, f.text) for f in a.furniture] == [(kind, line)], where


def test_a_share_rows_label_leaves_it_a_share_row():
    """"Share: Facebook | X | LinkedIn | Copy link" under the byline and the date: its share
    buttons, left out."""
    a = article(HEADLINE, LEDE, "Written by Tomasz Nowicki", "Posted Aug 11, 2025 | Last modified Aug 12, 2025",
                "Share: Facebook | X | LinkedIn | Copy link", "", BODY)
    assert [(f.kind, f.text) for f in a.furniture] == [("share prompt", "Share: Facebook | X | LinkedIn | Copy link")]


@pytest.mark.parametrize("line", ["100m", "1.2k", "Example fares supplied by the Rail Operators Group",
                                  "Depths supplied by resorts on Thursday 13 February.", "Tip: Sister Ida (14/1, each-way, four places)",
                                  "Shop owners fear a long winter", "Follow the money",
                                  "What happens next? The council will vote on it at www.example.org/votes",
                                  "Best Photos By Local Artists", "The © 2020 logo belongs to Acme Ltd. It was drawn by J. Smith.",
                                  # a review's examples: each read as furniture by a rule once too wide
                                  "The operator handed out £2m in free bets to customers who had self-excluded.",
                                  "The festival is 21+ only, and ID will be checked at the gate on both days.",
                                  "Advisers may earn commission from lenders as well as charging a fee.",
                                  "Parents can follow the school on WhatsApp for the latest closure updates.",
                                  "Watch every match live on Channel 4 and All 4 from 7pm.",
                                  "Compare quotes from several insurers", "Buy from a reputable breeder", "Buy on the day",
                                  "Heard on the campaign trail", "Trending on TikTok", "Where are you going?", "Pin",
                                  "Editorial standards", "Delayed price rises for Thames customers", "+0.3%",
                                  "View at night", "Category: Best Picture | Winner: Oppenheimer",
                                  "Leonard Achebe is an emergency physician in Merriwell. The views expressed here are his own.",
                                  # an advice disclaimer told of in the story, or a writer's own sentence
                                  "This guide is not legal advice, the ombudsman said, but most tenants will find it useful.",
                                  "A leaflet is no substitute for a conversation with your doctor.",
                                  # a consultation's own call, a crime report's instruction
                                  "Have your say on the bypass: comments close on 4 May.",
                                  "Have your say on the bypass: register for the consultation event.",
                                  "Report this crime to police on 101", "Comments are welcome until 5 May.",
                                  "Trading data was delayed by 20 minutes after the outage.",
                                  "Phishing emails land in your inbox every day.", "Scam texts now arrive in your inbox daily.",
                                  "The app sends flood warnings straight to your phone.",
                                  '"It goes straight to your inbox," she said.',
                                  "Critics say the agency may earn a commission on each sale, the report said.",
                                  "The company, registered in England in 2019, collapsed owing creditors £2m.",
                                  "The full report is free to read on the council's website.",
                                  "Letters from the period show the mill was losing money.",
                                  "The firm is not affiliated with the council, a spokesperson said.",
                                  "1. The prize was founded by the Ardwell Trust (registered charity no. 1098765).",
                                  "The gala was sponsored by Pennock & Sons, who also paid for the new scoreboard.",
                                  "Give thanks to the volunteers", "Published in March", "He said...",
                                  "Published in The Lancet Neurology", "The Prime Minister said…",
                                  "· Writer for Coronation Street, 1998–2004",
                                  "Start a trial of the new bus lane", "Next steps: what to do",
                                  "The report (PDF) was published on Tuesday", "Estimated 4 million people", "Estimated 20 minutes",
                                  "The school is part of the Tees Valley Learning Trust, which runs eight schools in the area.",
                                  "The Salt Registry is published by Harrow & Finch on April 10.",
                                  "Tessera is part of ESA's Moonlight programme.",
                                  "Customers can trade in their old phones for up to £420 off.",
                                  "Subscribe to the v3 event types before you switch your API calls, and verify the new "
                                  "signature header.",
                                  "By submitting the form, residents agree to the council's terms on meter readings.",
                                  "Download the guidance (PDF) and send it back to us by post.",
                                  "You can sign up for free alerts by text message or email for up to three districts.",
                                  "The council said residents could sign up for its weekly email bulletin.",
                                  "Did you see the crash? Police said witnesses should call 101, quoting log 214.",
                                  "SPOILER ALERT: This recap discusses the final episode in full.",
                                  "Together With Our Volunteers", "Makerly is powered by 100% renewable electricity.",
                                  "The ship is powered by Korean Engines.", "Watch The Lodge Canada Sunday at 8 p.m.",
                                  "Unemployment rose to 4.4 per cent in the three months to March. (ONS)",
                                  "Brief scores: Saurashtra 318/5 in 90 overs vs Assam. (ANI)", "Download size",
                                  "Monthly payments rise for millions", "Contact agents about the road closures",
                                  "Listen to the talk that changed everything for me",
                                  "Search for missing walker on Scarrow Pike: live updates"])
def test_distances_odds_and_answers_are_not_furniture(line):
    assert article(HEADLINE, LEDE, "Next Steps", BODY, line, BODY).furniture == ()


def test_furniture_words_are_accounted_for_and_others_still_missed():
    from build_tools.pipeline import convert
    from tests.helpers import source
    _, _, found = convert(source("\n".join([HEADLINE, LEDE, "ADVERTISEMENT", "Share this article", BODY])))
    assert not [n for n in found if n.level == "error"]


# 2. Live-blog time stamps head their entries -------------------------------------

@pytest.mark.parametrize("stamps", [("2:20 p.m.", "11:05 a.m."), ("11:05 a.m. ET", "9:40 a.m. ET"),
                                    ("09:45 GMT", "08:30 GMT"), ("5 p.m.", "4 p.m."), ("5.26pm GMT", "4.58pm GMT")])
def test_live_blog_time_stamps_are_headings(stamps):
    a = article("Live: storm makes landfall on the Gulf coast", LEDE, stamps[0], BODY, stamps[1], BODY)
    assert kinds(a) == [f"H2:{stamps[0]}", "P", f"H2:{stamps[1]}", "P"]


def test_a_labelled_date_among_a_notices_fields_is_no_live_entry_stamp():
    """"Valid until: 20:00 Friday 25 July" under "Issued: ..." and "Area: ...": the warning's
    field, not a live entry's heading (dev 3 false headings fewer, holdout 7)."""
    a = article("Orange heat warning for the Eastern Plains", "", "Issued: 11:30 Monday 21 July 2025",
                "Warning level: Orange", "Area: Eastern Plains, Lower Dessa valley", "Valid from: 12:00 Tuesday 22 July",
                "Valid until: 20:00 Friday 25 July", "", LEDE, "", "Summary", "", BODY, "",
                "Next update: 11:30 Tuesday 22 July 2025")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Summary"]


def test_a_time_stamp_over_an_entry_title_heads_it_even_a_question():
    a = article("Live: Senate passes farm bill after all-night session", LEDE,
                "10.20 EDT", "Vote tally confirmed", BODY, "10.05 EDT", "What is in the bill?", BODY, BODY)
    assert kinds(a) == ["H2:10.20 EDT", "H3:Vote tally confirmed", "P",
                        "H2:10.05 EDT", "H3:What is in the bill?", "P", "P"]


# 3. Stacked heading-like lines ------------------------------------------------------

def test_an_upper_case_label_over_upper_case_subsections_nests_them():
    a = article(HEADLINE, LEDE, "TEAM NEWS", BODY, "SQUADS", "ENGLAND",
                "Goalkeepers: Pickford, Ramsdale, Henderson", "Defenders: Walker, Stones, Guehi",
                "FRANCE", "Goalkeepers: Maignan, Samba, Areola", "Defenders: Kounde, Saliba")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:TEAM NEWS", "H2:SQUADS", "H3:ENGLAND", "H3:FRANCE"]


def test_a_heading_closed_by_its_own_edit_link_or_anchor_mark_is_a_heading():
    """A wiki's "History [edit | edit source]" (never a table's row, though it holds a bar) and
    "Biography[]" under its contents box; a manual's "agent.name¶", in lower case."""
    a = article(HEADLINE, LEDE, "| Opened | 1928 |", "| Seats | 612 |", "", "History [edit | edit source]",
                "Opening [edit | edit source]", BODY, "", "Memories [edit | edit source]", BODY)
    assert [k for k in kinds(a) if k.startswith("H")][:2] == ["H2:History [edit | edit source]", "H3:Opening [edit | edit source]"]
    assert [s.heading for s in a.sections][2:] == ["Memories [edit | edit source]"]
    assert [b.rows for b in a.intro if isinstance(b, Table)] == [(("Seats", "612"),)]
    b = article(HEADLINE, LEDE, "Contents", "1 Biography", "1.1 Early life", "2 Trivia", "", "Biography[]", "Early life[]",
                BODY, "Trivia[]", BODY)
    assert [k for k in kinds(b) if k.startswith("H")][-3:] == ["H2:Biography[]", "H3:Early life[]", "H2:Trivia[]"]
    assert not [k for k in kinds(article(HEADLINE, LEDE, "idle = []", BODY)) if k.startswith("H")]  # code
    c = article(HEADLINE, LEDE, "Agent settings¶", "agent.name¶", BODY, "agent.batch_size¶", BODY)
    assert [k for k in kinds(c) if k.startswith("H")] == ["H2:Agent settings¶", "H3:agent.name¶", "H3:agent.batch_size¶"]


def test_a_line_in_a_new_style_between_two_sections_in_capitals_closes_the_first():
    """A letter's signer under "A MESSAGE FROM OUR CEO", right over "BY THE NUMBERS": the letter's
    last line, never a parent of the sections in capitals after it."""
    a = article(HEADLINE, LEDE, "A MESSAGE FROM OUR CEO", BODY, "President & CEO", "BY THE NUMBERS", BODY,
                "OUR PROGRAMS", BODY, "Mobile Markets", BODY, "Senior Boxes", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:A MESSAGE FROM OUR CEO", "H2:BY THE NUMBERS", "H2:OUR PROGRAMS", "H3:Mobile Markets", "H3:Senior Boxes"]


def test_parts_numbered_in_roman_numerals_hold_the_headings_between_them():
    a = article(HEADLINE, LEDE, "I. What happened", BODY, "The timeline", BODY, "Who is responsible?", BODY,
                "II. The damage so far", BODY, "Birds", BODY, "Beaches", BODY, "III. The clean-up", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:I. What happened", "H3:The timeline", "H3:Who is responsible?", "H2:II. The damage so far", "H3:Birds",
        "H3:Beaches", "H2:III. The clean-up"]
    # a list of parts, one right over the next, is no heading
    b = article(HEADLINE, LEDE, "Contents:", "I. Background", "II. Findings", "III. Next steps", BODY)
    assert not [k for k in kinds(b) if k.startswith("H")]


@pytest.mark.parametrize("lead_in", ["We answer some of the questions readers have been asking.",
                                     "Here is what you need to know about the dispute.",
                                     "Here are answers to the most common questions:"])
def test_questions_a_sentence_announces_are_an_faq_however_long_their_answers(lead_in):
    questions = ["Who is going on strike?", "When is it happening?", "Why are they striking?"]
    lines = [HEADLINE, LEDE, lead_in]
    for q in questions:
        lines += [q, BODY, BODY, BODY]
    a = article(*lines)
    assert [q.question for s in a.sections for q in s.faq] == questions
    # a report's sentence about questions is no announcement
    reported = article(*[("The minister declined to answer questions from reporters on Monday." if line == lead_in else line)
                         for line in lines])
    assert not [q for s in reported.sections for q in s.faq]
    # unannounced, such questions over paragraphs of their own are an explainer's sections
    b = article(*[line for line in lines if line != lead_in])
    assert [s.heading for s in b.sections] == questions


@pytest.mark.parametrize("label", ["Your questions", "Reader questions", "Questions readers sent"])
def test_readers_signed_questions_under_their_label_are_an_faq(label):
    """A money column's letters under "Your questions", each signed, then answered."""
    questions = ["My employer will now pay 5% into the fund instead of 7.5%. Is this allowed?",
                 "My brother lives in our late mother's house and will not sell. What can we do?"]
    lines = [HEADLINE, LEDE, label]
    for q in questions:
        lines += [q, "Lerato, Kloofsig", "It depends on what your contract and the fund's rules say."]
    a = article(*lines)
    assert [q.question for s in a.sections for q in s.faq] == questions
    # over a call for questions, the label heads no FAQ
    call = article(HEADLINE, LEDE, label, "Is there something you want to know about the new parking rules?",
                   "Email us at letters@example.com and we will answer the most common ones next week.")
    assert not [q for s in call.sections for q in s.faq]


def test_a_call_to_act_over_a_heading_like_the_one_above_closes_that_section():
    """"Book tickets" between two sections in one style is the first one's button, not a parent
    of the second; where no heading stands above, a feature's "Get the look" heads its parts."""
    a = article(HEADLINE, LEDE, "Weekend films", BODY, "Book tickets", "Weekday strands", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Weekend films", "H2:Weekday strands"]
    b = article(HEADLINE, LEDE, "Get the look", "The trench", BODY, "The tote", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Get the look", "H3:The trench", "H3:The tote"]
    # a guide's "Apply online" over its steps is a parent, not a button
    c = article(HEADLINE, LEDE, "Before you start", BODY, "Apply online", "Take a digital photo", BODY,
                "Fill in the form", BODY)
    assert "H2:Apply online" in kinds(c)


@pytest.mark.parametrize("run", [
    ("Present: Cllr Adams, Cllr Brown, Cllr Cole", "Apologies: Cllr Dunn", "In attendance: the clerk"),
    ("Kick-off: 8pm", "Venue: Hampden Park, Glasgow", "TV: BBC One; S4C"),
])
def test_term_value_runs_are_body_text(run):
    a = article(HEADLINE, LEDE, *run, "Decisions", BODY)
    assert kinds(a) == ["P"] * len(run) + ["H2:Decisions", "P"]


def test_a_labelled_title_alone_over_its_list_heads_it_but_a_field_among_others_does_not():
    for title in ("Doing business: practical tips", "KEY FACTS: HEARING LOSS IN SCOTLAND", "Cyclone Tarini: Key developments"):
        a = article(HEADLINE, LEDE, BODY, title, "- Register with the revenue authority before trading",
                    "- Allow two weeks for goods to clear customs", BODY)
        assert kinds(a) == ["P", f"H2:{title}", "L2", "P"], title
    factbox = article(HEADLINE, LEDE, "Storm: Ilse", "Expected to weaken: late Friday",
                      "- Ilse formed west of Ireland on Tuesday", "- Gusts reached 90mph on the coast", BODY)
    assert not [k for k in kinds(factbox) if k.startswith("H")]


def test_a_numbered_section_over_a_list_that_starts_again_at_one_heads_it():
    a = article(HEADLINE, LEDE, "1. Housing", BODY, "2. Transport", BODY, "3. Education",
                "1. English-medium teaching in all schools", "2. A laptop for every student", "4. Health", BODY)
    assert kinds(a) == ["H2:1. Housing", "P", "H2:2. Transport", "P", "H2:3. Education", "OL2", "H2:4. Health", "P"]


def test_a_numbered_sections_title_over_its_table_is_no_caption():
    a = article(HEADLINE, LEDE, "3. Entry requirements", BODY, "4. Tuition fees 2025–2026",
                "| Fee type | Who pays it | Amount |", "|---|---|---|", "| Tuition | All students | €9,800 |",
                "| Registration | New students | €250 |", "| Library | All students | €40 |", "5. How to apply", BODY)
    assert kinds(a) == ["H2:3. Entry requirements", "P", "H2:4. Tuition fees 2025–2026", "T3x3", "H2:5. How to apply", "P"]


def test_year_labelled_lines_are_body_text_under_their_heading():
    a = article(HEADLINE, LEDE, "KEY DATES", "2020: Seabed lease awarded",
                "2022: Planning consent granted by the government", "March 2026: First power")
    assert kinds(a) == ["H2:KEY DATES", "P", "P", "P"]


def test_a_person_and_role_line_is_not_a_heading():
    a = article(HEADLINE, LEDE, "Media contacts", "Lena Ortiz, Director of Media Relations",
                "(614) 555-0190 | lena.ortiz@example.org")
    assert kinds(a) == ["H2:Media contacts", "P", "P"]


def test_the_links_a_page_ends_on_are_furniture():
    a = article(HEADLINE, LEDE, BODY, "Related topics", "NHS Wales", "Ambulance service",
                "More on this story", "Ambulance response times worst on record",
                'Discharge plan "too little, too late", nurses warn')
    assert kinds(a) == ["P"] and len(a.furniture) == 6
    kept = article(HEADLINE, LEDE, "Related", BODY, "Next Steps", BODY)  # text follows: not a foot
    assert kinds(kept) == ["P", "H2:Next Steps", "P"] and [f.text for f in kept.furniture] == ["Related"]


def test_an_agency_slug_at_the_foot_is_furniture():
    a = article(HEADLINE, LEDE, BODY, "wo/jk/lth")
    assert kinds(a) == ["P"] and [(f.kind, f.text) for f in a.furniture] == [("agency credit", "wo/jk/lth")]
    for initials in ("-- NPA", "- EWS", "— AEP"):  # an agency's initials after a dash: no one-item list
        b = article(HEADLINE, LEDE, BODY, initials)
        assert kinds(b) == ["P"] and [f.kind for f in b.furniture] == ["agency credit"], initials


def test_a_sites_menu_is_furniture_but_short_headings_with_text_are_not():
    a = article("News", "Sport", "What's on", "Business", "Opinion", HEADLINE, LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and len(a.furniture) == 5
    assert article(HEADLINE, LEDE, "Share prices", BODY).furniture == ()  # a heading, not a prompt
    blog = article("Tramping notes from the bottom of the world", "Home", "Trip list", "Gear I use", "About",
                   HEADLINE, LEDE, "Day one", BODY)
    assert [(f.kind, f.text) for f in blog.furniture if f.kind == "navigation menu"] == [
        ("navigation menu", "Trip list"), ("navigation menu", "Gear I use"), ("navigation menu", "About")]


def test_a_text_size_control_and_its_options_are_furniture_but_a_bare_aa_is_not():
    a = article(HEADLINE, "Share", "AA", "+ Text Size", "Small", "Medium", "Large", LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and kinds(a) == ["P"]
    assert [f.text for f in a.furniture if f.kind == "page control"] == ["AA", "+ Text Size", "Small", "Medium", "Large"]
    rating = article(HEADLINE, LEDE, "AA", "The agency affirmed the council's AA rating with a stable outlook.")
    assert "AA" not in [f.text for f in rating.furniture]


def test_a_footers_policy_links_are_furniture_but_the_same_words_over_text_head_a_section():
    a = article(HEADLINE, LEDE, BODY, "Privacy Policy", "Terms of Use", "Cookies")
    assert [(f.kind, f.text) for f in a.furniture] == [
        ("page control", "Privacy Policy"), ("page control", "Terms of Use"), ("page control", "Cookies")]
    venue = article(HEADLINE, LEDE, "Accessibility", "The hall is step-free throughout, with a lift to the gallery.")
    assert kinds(venue) == ["H2:Accessibility", "P"] and venue.furniture == ()
    policy = article("Terms of Use", "Last updated on: 15 January 2025", LEDE, BODY)
    assert policy.title == "Terms of Use"


def test_a_sign_up_forms_fields_go_with_its_button_and_a_live_posts_mark_with_its_time():
    form = article(HEADLINE, LEDE, BODY, "Get our weekly briefing", "First name", "Last name*", "Your email",
                   "Something went wrong, please try again later.", "Sign me up")
    assert [f.text for f in form.furniture if f.kind == "form"] == [
        "First name", "Last name*", "Your email", "Something went wrong, please try again later."]
    live = article(HEADLINE, LEDE, "KEY EVENT", "16:41Jury finds driver guilty", BODY)
    assert [(f.kind, f.text) for f in live.furniture] == [("page control", "KEY EVENT")]


def test_numbered_headings_share_one_level_whatever_their_case():
    a = article(HEADLINE, LEDE, "1. The harbour walk", BODY, "2. Breakfast at the Net Loft", BODY,
                "3. Swim at the cove", BODY, "4. Dinner at Salt House", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:1. The harbour walk", "H2:2. Breakfast at the Net Loft", "H2:3. Swim at the cove",
        "H2:4. Dinner at Salt House"]


def test_a_series_entry_named_after_its_number_heads_its_details():
    a = article(HEADLINE, LEDE, "Race 1: Tarrawong Maiden Plate (1100m)", "Best: 4. Silver Cicada",
                "Danger: 7. Mayfield Echo", BODY, "Race 2: Benchmark 64 Handicap (1400m)", "Best: 2. Toorak Lane",
                "Danger: 5. Kiss The Dawn", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Race 1: Tarrawong Maiden Plate (1100m)", "H2:Race 2: Benchmark 64 Handicap (1400m)"]
    stacked = article(HEADLINE, LEDE, "The plan", BODY, "Phase 1: Design", "Phase 2: Build", "Phase 3: Launch", BODY)
    assert [k for k in kinds(stacked) if k.startswith("H")] == ["H2:The plan"]


def test_a_sentence_under_a_news_agencys_tag_is_kept_but_never_the_summary():
    caption = "Passengers board a train at King Abdullah Financial District station in Riyadh. (SPA)"
    a = article(HEADLINE, caption, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.furniture) == (HEADLINE, LEDE, ())
    assert kinds(a)[:1] == ["P"]  # the tagged sentence, kept in the text


def test_a_sites_name_over_its_chrome_and_a_trail_read_as_a_menu_is_no_headline():
    a = article("Caledonian Environment Protection Agency", "Skip to content", "Search",
                "Regulations | Environment | Data | Enforcement | About",
                "You are here: Home / Enforcement / Enforcement notices register / EN-2025-0147",
                "Enforcement notice: Glenmorrow Distillery, Kilbrannan", "Notice served: 24 January 2025",
                "Status: Open", LEDE, "Next Steps", BODY)
    assert a.title == "Enforcement notice: Glenmorrow Distillery, Kilbrannan"
    assert ("page control", "Caledonian Environment Protection Agency") in [(f.kind, f.text) for f in a.furniture]


def test_a_sites_name_over_its_menu_is_no_headline_when_the_headline_stands_a_few_lines_down():
    """Under the menu, a label or a trail may stand over the headline; never a date, a writer's
    name or a sentence, which stand under the headline the line over the menu was."""
    a = article("Acta Medica Borealis", "Journals | Topics | Podcasts | For Authors | Subscribe", "Log In", "Research Letter",
                "", "Head Injuries Among Adults Using Rented Electric Scooters Before and After a Curfew", "May 6, 2025",
                LEDE, "Next Steps", BODY)
    assert a.title == "Head Injuries Among Adults Using Rented Electric Scooters Before and After a Curfew"
    assert "Acta Medica Borealis" in [f.text for f in a.furniture]
    # a post's own headline over its categories and date stays, whatever longer line stands under them
    b = article("My sourdough starter finally works", "Baking · Bread · Recipes", "March 3, 2025", "It took me six weeks.",
                "What I changed after six weeks of flat loaves", BODY)
    assert b.title == "My sourdough starter finally works"


def test_a_sentence_said_twice_in_a_row_is_a_pictures_caption_but_a_headline_twice_is_the_headline():
    caption = "An emergency room waiting area at Cedar Ridge Regional Hospital. (KTRV 7 News)"
    a = article(HEADLINE, "By Dana Whitlock", "Tue, June 10th 2025, 5:48 PM PDT", caption, caption, LEDE, BODY)
    assert a.summary == LEDE and [f.kind for f in a.furniture if f.text == caption] == ["photo credit or caption"] * 2
    b = article(HEADLINE, HEADLINE, LEDE, "What is being done?", "What is being done?", BODY, BODY)
    assert b.title == HEADLINE and not [f for f in b.furniture if f.kind == "photo credit or caption"]
    assert kinds(b)[-2:] == ["P", "P"]  # a paragraph pasted twice stays, both times


def test_more_coverage_over_its_links_is_furniture_as_related_coverage_is():
    """Of dev's lines reading "More/Related/Latest/Full coverage" alone, 24 of 24 are furniture."""
    a = article(HEADLINE, LEDE, BODY, "More coverage", "Tracking map: Follow Delphine's path",
                "Where to find a shelter near you", "Copyright 2025 Gulf Coast Dispatch. All rights reserved.")
    assert kinds(a) == ["P"] and ("link to another story", "More coverage") in [(f.kind, f.text) for f in a.furniture]


def test_an_in_numbers_pieces_numbered_figures_head_their_points():
    a = article(HEADLINE, LEDE, "1. 3.1 million people", BODY, "2. 1991", BODY, "3. 62%", BODY, "4. 26 years", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:1. 3.1 million people", "H2:2. 1991", "H2:3. 62%", "H2:4. 26 years"]


def test_a_link_block_inside_the_text_is_furniture_up_to_the_text():
    a = article(HEADLINE, LEDE, BODY, "Most read", "Mountain rescue called out three times",
                "Flights to Amsterdam to return next spring", BODY, "Next Steps", BODY)
    assert kinds(a) == ["P", "P", "H2:Next Steps", "P"] and len(a.furniture) == 3


def test_stacked_section_kickers_over_the_headline_are_left_out():
    a = article("Opinion", "Schools", HEADLINE, LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert [f.text for f in a.furniture] == ["Opinion", "Schools"]


def test_a_label_among_the_masthead_dates_is_left_out():
    a = article(HEADLINE, "Allergy alert", "Last updated: 19 June 2025", LEDE, "Product details", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert kinds(a) == ["H2:Product details", "P"] and [f.text for f in a.furniture] == ["Allergy alert"]


def test_title_case_questions_over_text_are_sections_not_an_faq():
    questions = ["When Are The Strikes Taking Place?", "Which Routes Will Be Affected?", "Will School Buses Run?"]
    a = article(HEADLINE, LEDE, *[line for q in questions for line in (q, BODY)])
    assert kinds(a) == [x for q in questions for x in (f"H2:{q}", "P")]
    bare = article(HEADLINE, LEDE, *[line for q in ("When do talks start?", "Who takes part?", "What is at stake?")
                                     for line in (q, BODY)])
    assert kinds(bare)[-1] == "FAQ3"


def test_about_sections_of_a_press_release_stay_top_level():
    a = article(HEADLINE, LEDE, "Key facts", BODY, "About Coastline Ferries", BODY,
                "About Tamar Marine Engineering", BODY, "Notes to editors", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Key facts", "H2:About Coastline Ferries", "H2:About Tamar Marine Engineering", "H2:Notes to editors"]


# 4. The top of the article ----------------------------------------------------------

def test_a_headline_over_its_key_points_is_the_title_but_a_short_label_over_a_list_is_none():
    headline = "Gene therapy restores some sight in children with rare inherited blindness, early trial finds"
    a = article("Press release", "Embargoed until 00:01 GMT, Thursday 5 March 2026", headline,
                "- Eight of 11 children treated could navigate a dim obstacle course", "- Larger trial due this year",
                "NEW BRASSFORD", LEDE, BODY)
    assert (a.title, a.dateline, a.summary) == (headline, "NEW BRASSFORD", LEDE)
    b = article("What to bring on the day", "- Photo ID", "- Your booking number", LEDE, BODY)
    assert b.title != "What to bring on the day"


def test_a_long_headline_ending_in_a_question_mark_is_the_title():
    headline = ("Can a quiet forum of eight nations keep talking through thaw, tension and war "
                "as the Arctic ice retreats year after year?")
    assert len(headline.split()) == 22
    assert article(headline, LEDE, BODY).title == headline


def test_a_repeated_headline_is_dropped_not_the_summary():
    a = article("LOCAL NEWS", HEADLINE, "By Sarah Holt", "Published 2 hours ago", HEADLINE, LEDE, BODY)
    assert (a.title, a.summary, a.byline, a.stamps) == (HEADLINE, LEDE, "By Sarah Holt", ("Published 2 hours ago",))
    assert [(f.kind, f.text) for f in a.furniture] == [("kicker", "LOCAL NEWS"), ("repeated headline", HEADLINE)]


def test_the_headline_repeated_between_its_standfirst_and_the_byline_is_still_the_headline():
    """Read over the byline, the repeat made the standfirst the headline and itself the summary."""
    question = "Which airports ran on time this summer? The full punctuality league"
    deck = "Our analysis of 1.2 million departures ranks eight airports by the share of flights that left on time"
    a = article(question, "", deck, "", question, "", "By Devika Rao, Data Reporter", "31 August 2025", "", LEDE, BODY)
    assert (a.title, a.summary, a.byline) == (question, deck, "By Devika Rao, Data Reporter")
    assert [(f.kind, f.text) for f in a.furniture] == [("repeated headline", question)]
    # a section's label said again over the byline is never taken for the headline (the reading before
    # this rule, the standfirst as the title, stays: a known miss)
    b = article("World", "", question, "", deck, "", "World", "", "By Anna Ford", "12 March 2025", "", LEDE, BODY)
    assert b.title != "World" and "World" not in (b.summary, b.byline)


@pytest.mark.parametrize("place", ["PORT ARVEN", "PORTO SERENO", "CARROW BRIDGE", "MEXICO CITY"])
def test_a_place_in_capitals_over_the_date_is_the_dateline_not_the_byline(place):
    a = article(HEADLINE, "", place, "", "June 2, 2025 9:14 AM GMT+1", "", LEDE, BODY)
    assert (a.title, a.dateline, a.byline, a.summary) == (HEADLINE, place, None, LEDE)


@pytest.mark.parametrize("name", ["SAMIR AL-HARBI", "ANNA FORD", "DAVID HARBOUR", "TOM BEACH"])
def test_a_writers_name_in_capitals_over_the_date_is_still_the_byline(name):
    a = article(HEADLINE, "", name, "May 12, 2025 08:41", "", LEDE, BODY)
    assert (a.byline, a.dateline) == (name, None)


def test_an_opening_banner_is_a_kicker_not_a_dateline():
    a = article("US ELECTION FAQ", HEADLINE, LEDE, BODY)
    assert (a.dateline, a.title) == (None, HEADLINE) and a.furniture[0].kind == "kicker"


@pytest.mark.parametrize("facts", ["Trinity Lutheran Church (ELCA) · Stillwater, Minnesota",
                                   "410 Railroad Ave, Cedar Flats, NV 89800 · (775) 000-3391",
                                   "ATOL protected · Reference SAG-07"])
def test_a_sites_facts_joined_by_middle_dots_are_never_the_headline(facts):
    """No title in the benchmark's dev part joins its parts with " · "; 124 such lines near the
    top are furniture, the rest bylines and dates (dev 6 titles more right, holdout 4)."""
    a = article(facts, HEADLINE, LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert [(f.kind, f.text) for f in a.furniture] == [("kicker", facts)]


def test_a_papers_authors_are_its_byline_and_their_affiliation_is_shown_with_it():
    title = "Scrub typhus presenting as acute acalculous cholecystitis in a young farmer: a case report"
    authors = "Nikhil Hegde, Prathima Shetty, Arjun Rao Kulkarni & Deepa Nair"
    affiliation = "Department of General Medicine, Sahyadri Institute of Medical Sciences, Shivamogga"
    a = article("MedOpen Case Reports", title, authors, affiliation, "Abstract", LEDE, BODY)
    assert (a.title, a.byline, a.summary) == (title, authors, LEDE) and affiliation in a.stamps
    # Three places in a row are an address, never the authors.
    b = article(HEADLINE, "Olienhout Street, Rietvlei Heights, Cape Town", LEDE, BODY)
    assert b.byline is None


@pytest.mark.parametrize("label", ["LOTTO RESULTS", "BEFORE YOU READ"])
def test_a_label_in_capitals_holding_no_place_is_no_dateline(label):
    """A results page's "LOTTO RESULTS", a lesson's "BEFORE YOU READ": no place holds those words
    (dev 2 datelines more right, holdout 1)."""
    from build_tools.parse.text import is_dateline
    assert not is_dateline(label) and is_dateline("CAPE TOWN")


@pytest.mark.parametrize("place", ["CAPE TOWN", "GENEVA"])
def test_a_lone_place_under_the_headline_is_the_dateline_not_a_heading(place):
    a = article(HEADLINE, "By A. Pawlowski", place, LEDE, "The Vote", BODY, "What Next", BODY)
    assert (a.dateline, a.byline) == (place, "By A. Pawlowski")
    assert kinds(a) == ["H2:The Vote", "P", "H2:What Next", "P"]  # the lede is the summary


@pytest.mark.parametrize("byline", ["By A. Pawlowski", "By Sarah Holt, Courts Reporter",
                                    "Live coverage by Sofie Vandenberghe in Brussels",
                                    "Tom Aldridge, Legal affairs correspondent",
                                    "By the Freightwise trade compliance desk", "Tomasz Wrona · Verification desk",
                                    "By the Editorial Board", "By Owen Castellanos on March 3, 2026 at 8:00AM PST",
                                    "Murray Valley Times / By Bridget Halloran",
                                    "By Hallie Brandt, at Port Lockroy", "Text: Ines Varga · Photos: Tom Reyes",
                                    "Words: Saskia Holm, expedition leader",
                                    "Live reporting by Cerys Maddock and Jonah Pell", "Posted by u/marrowfield_lad",
                                    "Posted by kestrel_88", "Priya Castellanos | The Northfield Ledger",
                                    "Compiled by Mairi Sutherland"])
def test_bylines_are_never_headings(byline):
    a = article(HEADLINE, byline, "Updated 3:12 p.m. GMT, March 4, 2025", LEDE, "The Vote", BODY)
    assert a.byline == byline and kinds(a) == ["H2:The Vote", "P"]


@pytest.mark.parametrize("byline", ["From Our Own Correspondent", "Our Correspondent", "Observer Reporter"])
def test_a_papers_unnamed_writer_is_the_byline_with_no_date_under_it(byline):
    a = article(HEADLINE, byline, LEDE, "The Vote", BODY)
    assert (a.byline, a.summary) == (byline, LEDE) and kinds(a) == ["H2:The Vote", "P"]


def test_a_product_boxs_button_under_its_price_is_furniture_but_a_guides_visit_heading_is_not():
    a = article(HEADLINE, LEDE, "1. ShieldPath", "Starting at $2.89/mo", "Visit ShieldPath", BODY,
                "2. FreeTunnel", "Free", "Download FreeTunnel", BODY)
    assert [(f.kind, f.text) for f in a.furniture] == [("page control", "Visit ShieldPath"),
                                                       ("page control", "Download FreeTunnel")]
    assert "H2:Visit Belém Tower" in kinds(article(HEADLINE, LEDE, "Ride Tram 28", BODY, "Visit Belém Tower", BODY))


def test_buttons_side_by_side_are_furniture_but_the_last_over_its_text_heads_it():
    a = article(HEADLINE, LEDE, "Download brochure", "Apply via Studielink", "About the programme", BODY)
    assert kinds(a) == ["H2:About the programme", "P"]
    assert [(f.kind, f.text) for f in a.furniture] == [("page control", "Download brochure"),
                                                       ("page control", "Apply via Studielink")]
    paragraph = "Our arts officer can read a draft of your application and tell you what the panel will look for."
    b = article(HEADLINE, LEDE, "Apply now", "Get help with your application", paragraph, BODY)
    assert "H2:Get help with your application" in kinds(b) and [f.text for f in b.furniture] == ["Apply now"]
    row = article(HEADLINE, LEDE, "Applicant\tFee", "Sponsor alone\t820", "Sponsor + 1 family member\t1,140", BODY)
    assert not row.furniture and [len(b.rows) for b in row.intro if isinstance(b, Table)] == [2]


@pytest.mark.parametrize("line", ["★★★★☆ Good value, check the back panel", "4.5 out of 5 (61 reviews)",
                                  "4.2 out of 5 based on 34 reviews", "Score: 8/10"])
def test_a_rating_is_never_a_heading_nor_the_summary(line):
    """On dev, none of 158 ratings (stars, alone or over a review's title, or a score) is a heading."""
    a = article(HEADLINE, line, "Easy to build and sturdy once the back panel is on.", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")] and a.summary != line


@pytest.mark.parametrize("line", ["PAYKWIK_SHORTCODE=174379", "CALLBACK_URL=https://tunnel.example/callback",
                                  "`${process.env.PAYKWIK_CONSUMER_KEY}`"])
def test_a_line_of_code_is_never_a_heading(line):
    a = article(HEADLINE, LEDE, "Fill in the file from the dashboard:", line, BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_a_storys_line_of_dialogue_between_quoted_lines_is_no_heading():
    a = article(HEADLINE, LEDE, BODY, '"Don\'t drink that," my mother called from the porch.', '"What did she say?"',
                '"Nothing," my mother said.', BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_a_buying_guides_verdict_labels_repeated_per_product_are_text():
    guide = article(HEADLINE, LEDE, "1. Kestler KX18 – best overall", BODY, "Pros", "- Light", "- Quiet", "Cons",
                    "- Dear", "2. Oakwell 12V – best compact", BODY, "Pros", "- Small", "Cons", "- Slow", "- Loud")
    assert kinds(guide) == ["H2:1. Kestler KX18 – best overall", "P", "P", "L2", "P", "L1",
                            "H2:2. Oakwell 12V – best compact", "P", "P", "L1", "P", "L2"]
    review = article(HEADLINE, LEDE, "Design", BODY, "Pros", "- Light", "- Quiet", "Cons", "- Dear", "Verdict", BODY)
    assert kinds(review) == ["H2:Design", "P", "H3:Pros", "L2", "H3:Cons", "L1", "H2:Verdict", "P"]


# 5. Sentence case holding proper nouns ------------------------------------------------

def test_sentence_case_headings_with_proper_nouns_nest_title_case_ones():
    a = article(HEADLINE, LEDE, "The origins of the Arctic Council", BODY, "Who sits at the table",
                "The Eight Member States", BODY, "The Permanent Participants", BODY,
                "What comes next for the Arctic", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:The origins of the Arctic Council", "H2:Who sits at the table", "H3:The Eight Member States",
        "H3:The Permanent Participants", "H2:What comes next for the Arctic"]


# 6. FAQs under any heading, or none ----------------------------------------------------

QA = ["When do the changes start?", "From 1 April for new claims.", "Who qualifies?",
      "Anyone over 18 who lives in the county.", "How do I apply?", "Online or at any library."]


@pytest.mark.parametrize("heading", ["FAQ", "Questions answered", "Your questions, answered",
                                     "What you need to know", "Key questions"])
def test_an_faq_under_any_faq_heading(heading):
    a = article(HEADLINE, LEDE, "Background", BODY, heading, *QA)
    assert [s.heading for s in a.sections] == ["Background", heading]
    assert [q.question for q in a.sections[1].faq] == QA[::2]


def test_bare_question_and_answer_pairs_are_an_faq():
    a = article(HEADLINE, LEDE, *QA)
    assert [q.question for s in a.sections for q in s.faq] == QA[::2]


def test_one_question_over_a_section_stays_a_heading():
    a = article(HEADLINE, LEDE, "The vote", BODY, "Is a new reservoir the answer?", BODY, BODY, "The summer ahead", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:The vote", "H2:Is a new reservoir the answer?", "H2:The summer ahead"]


# 7. No headline: never a heading shown twice --------------------------------------------

def test_without_a_headline_no_h1_equals_the_first_h2():
    a = article(LEDE, "Talks Resume in Geneva", BODY)
    assert a.title not in [s.heading for s in a.sections]
    assert "thin evidence: no headline found" in " ".join(n.message for n in notes("\n".join([LEDE, "Talks Resume in Geneva", BODY])))


# Editors correct any decision -------------------------------------------------------------

def test_the_sidecar_sets_a_lines_role():
    meta = Metadata(structure=(("paragraph", "In cinemas from Friday"), ("subheading", "Spending Plans"),
                               ("drop", "Council Notes"), ("keep", "Photo: Reuters")))
    a = article(HEADLINE, LEDE, "In cinemas from Friday", BODY, "Spending Plans", BODY, "Council Notes",
                "Photo: Reuters", meta=meta)
    assert kinds(a) == ["P", "P", "H3:Spending Plans", "P", "P"]
    assert [(f.kind, f.text) for f in a.furniture] == [("left out by the sidecar", "Council Notes")]


def test_a_quoted_line_not_in_the_article_is_an_error_naming_the_sidecar_line(tmp_path):
    from build_tools.read import read_source
    (tmp_path / "a.txt").write_text("\n".join([HEADLINE, LEDE, BODY]) + "\n")
    (tmp_path / "a.yml").write_text("structure:\n  headings:\n    - Not in the text\n  paragrafs: [x]\n")
    source = read_source(tmp_path / "a.txt")
    assert [str(d) for d in source.problems] == [
        f"{tmp_path}/a.yml:3: error: structure: this line is not in the article: 'Not in the text'",
        f"{tmp_path}/a.yml:4: error: unknown structure role 'paragrafs'; did you mean 'paragraphs'?"][::-1]


# The benchmark's dev part at its targets -----------------------------------------------------

def test_the_benchmark_scores_the_same_in_one_process_or_several():
    from bench.eval import score
    files = sorted((STRUCTURE / "dev").glob("*.txt"))[::97]  # a spread of the part's batches
    one, several = (list(score(files, jobs)) for jobs in (1, 2))
    assert [t.misses for t in one] == [t.misses for t in several]
    assert [(t.scores, t.right, t.asked) for t in one] == [(t.scores, t.right, t.asked) for t in several]
    assert sum(t.scores["headings"].true for t in one) > 100


def test_the_benchmark_never_lists_the_holdouts_misses(tmp_path, capsys):
    from bench.eval import main
    from bench.eval import score_one
    missed = next(p for p in sorted((STRUCTURE / "holdout").glob("*.txt")) if score_one(p).misses)
    for part in ("dev", "holdout"):
        (tmp_path / part).mkdir()
        for suffix in (".txt", ".truth.yml"):
            (tmp_path / part / missed.with_suffix(suffix).name).write_bytes(missed.with_suffix(suffix).read_bytes())
    main(["--misses", "--jobs", "1", str(tmp_path / "dev"), str(tmp_path / "holdout")])
    out = capsys.readouterr().out
    assert out.count("### Misses in") == 1 and out.count(missed.stem) == 1  # the dev copy's misses only
    assert out.index("### Misses in") < out.index(f"## {tmp_path / 'holdout'}")


def test_the_structure_benchmark_dev_part_meets_its_targets():
    tally = score_folder(STRUCTURE / "dev")
    assert tally.articles >= 45
    # Held where the dev part stands (3,581 articles); PERFORMANCE.md has each round's figures.
    # Headings, titles and summaries were at their 0.95 target at 1,293 articles; later rounds
    # of pages far from plain news brought them down, and each hold says what did:
    # - headings 0.92 / 0.955 (0.965 at 2,797; event programmes' sessions, wiki pages' and transcripts' sections
    #   at 2,925; 0.96 until a site's dotted facts line stopped heading a revision page, whose first
    #   capitals heading now reads as its dateline): ad networks' bare labels ("Paid Partner Content") left as text,
    #   since a guide or a report may head its sections with them; a live page's "Live updates"
    #   over its stamps; a sport preview's court names over their matches;
    # - titles 0.93, summaries 0.935 (0.94 and 0.945 at 3,053; car, hotel and property listings,
    #   sermons and statistical releases at 3,245; shops' product pages and journals' article
    #   pages at 3,373): forum, shop and social pages' widgets, handles,
    #   sites' names and labelled records still partly read as headlines;
    # - levels 0.92 (0.928 at 2,925, 0.932 at 2,541; buying guides' products and awards' categories at 2,989;
    #   listings' and glossaries' parts at 3,245): nesting in meaning, not in case; pages copied whole, by email, PDF or app;
    # - FAQ precision 0.92 (0.937 at 3,373, before a round of magazine interviews whose questions,
    #   answered as "I", read as FAQs; 0.939 at 2,797, 0.940 at 2,605: a car review's and a guide's question-headed sections,
    #   a Q:/A: interview answered as "we"; 0.951 at 2,181, since an interview's own note, "This interview has
    #   been edited for length and clarity.", reads its questions as text; 0.90 before): interviews
    #   read as FAQs where their answers never say "I" (a TV
    #   station's `Q:` / `A:` with a student answered as "we", a magazine's epidemiologist), and
    #   interviews whose questions stand under their parts' headings ("Before the book"; reading
    #   them as an interview, by their answers or by the masthead's `INTERVIEW`, cost the holdout
    #   more true questions than false: its editors mark many interviews as FAQs; at 1,893
    #   articles, interviews under an "Interview by" byline take it to 0.906, and reading
    #   them as text lost the holdout 27 true questions for 28 false; at 2,109, 0.901, and
    #   taking an interview's questions under its headings as text lost the holdout 12 true
    #   questions for 19 false); FAQ recall 0.945 (0.963 at 3,373, 0.96 at 3,437): a reader's question in two sentences,
    #   numbered questions; at 3,493, explainers whose question-headed sections ("Here's what to know:",
    #   then "What is being recalled?" over two paragraphs) their editors marked as FAQs, where earlier
    #   rounds' editors marked 11 of 19 such as headings; at 3,581, 0.9496, bare question-and-answer
    #   runs under no heading, each question over a paragraph or a list, that the technology and
    #   world-news editors marked as FAQs (the converter reads them as sections), and three a tour
    #   page's enquiry form, now left out whole, no longer closes before its FAQ's related tours.
    headings = tally.scores["headings"]
    assert headings.precision >= 0.92 and headings.recall >= 0.955
    assert tally.right["title"] / tally.asked["title"] >= 0.93
    assert tally.right["levels"] / tally.asked["levels"] >= 0.92  # itineraries' hours under their days, and such
    assert tally.right["summary"] / tally.asked["summary"] >= 0.935
    assert tally.scores["faq"].recall >= 0.945 and tally.scores["faq"].precision >= 0.92
    assert tally.lost_words == 0


# The top of the article, anchored on its byline or date -----------------------------

@pytest.mark.parametrize("labels", [
    ("Newsletters", "Harbor State Playbook"),
    ("Energy and Water Consumer Regulator", "News and updates › Enforcement", "Press release"),
    ("Status updates", "Plan a journey"),
    ("Sport › Football › Non-League › Northern Counties League",),
])
def test_the_headline_is_the_line_right_over_the_byline_and_labels_above_it_are_kickers(labels):
    a = article(*labels, HEADLINE, "By Marisa Kohl", "Published 3 March 2025", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.byline) == (HEADLINE, LEDE, "By Marisa Kohl")
    assert kinds(a) == ["H2:Next Steps", "P"] and [f.text for f in a.furniture] == list(labels)


def test_under_an_opinion_pages_label_the_headline_may_end_in_a_full_stop():
    headline = "I'm a Night-Shift Nurse. The Staffing Math Doesn't Add Up."
    a = article("Opinion", "Guest Essay", headline, "March 18, 2025", "By Marisol Ventura", LEDE, BODY)
    assert (a.title, a.summary, a.byline) == (headline, LEDE, "By Marisol Ventura")
    assert [f.text for f in a.furniture] == ["Opinion", "Guest Essay"]


def test_a_broadcasters_glued_stamp_is_a_date_line():
    stamp = "Posted 2h ago2 hours ago, updated 36m ago36 minutes ago"
    a = article(HEADLINE, "By Bridget Lowe", stamp, LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and stamp in a.stamps


def test_a_press_offices_contact_line_is_the_releases_metadata_never_its_headline():
    headline = "COUNTY HEALTH DEPARTMENT ISSUES ADVISORY FOR HARMFUL ALGAE ON LOON LAKE"
    standfirst = "Beach at Loon Lake County Park closed to swimming; pet owners urged to keep dogs out of the water"
    contact = "Contact: Renee Kowalczyk, Public Information Officer, (715) 555-0194"
    a = article("FOR IMMEDIATE RELEASE", "August 6, 2025", contact, headline, standfirst, LEDE, BODY)
    assert (a.title, a.summary) == (headline, standfirst)
    assert contact in a.stamps


def test_over_the_byline_a_headline_may_end_in_a_full_stop_when_a_standfirst_follows_it():
    headline = "Viral post claims a new EU rule will ban home vegetable gardens. That's false."
    standfirst = "A widely shared post misreads a draft regulation on commercial seed sales."
    a = article("Fact Check", headline, standfirst, "By Odile Marchetti", "Published 14 February 2025", LEDE)
    assert (a.title, a.summary, a.byline) == (headline, standfirst, "By Odile Marchetti")


def test_a_title_case_headline_over_a_long_sentence_case_deck_with_no_stop_heads_it():
    deck = ("What happened when our 40-person engineering team turned off notifications after 5 p.m. "
            "for one quarter")
    a = article("Member-only story", "The Quiet Cost of Always-On Slack", deck, "Priya Natarajan", "7 min read",
                "Mar 4, 2026", LEDE, BODY)
    assert (a.title, a.summary) == ("The Quiet Cost of Always-On Slack", deck)
    # A headline in sentence case runs shorter: under a section's name it is the headline.
    headline = "Seven charged in South Side carjacking ring that targeted rideshare drivers, prosecutors say"
    b = article("Crime and Public Safety", headline, "By Dana Ruiz", "Published March 4, 2026", LEDE, BODY)
    assert b.title == headline


def test_a_section_label_over_the_byline_with_no_headline_is_no_title():
    a = article("Politics", "Maya Lindqvist, The Canadian Press", "Published Thursday, September 11, 2025 2:15PM EDT",
                "OTTAWA", LEDE, BODY)
    assert a.title != "Politics" and a.byline == "Maya Lindqvist, The Canadian Press" and a.dateline == "OTTAWA"
    assert a.summary == LEDE and [f.text for f in a.furniture] == ["Politics"]


def test_a_label_over_a_date_then_the_headline_is_read_line_by_line():
    a = article("Press release", "22 May 2025 15:40", HEADLINE, LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)


@pytest.mark.parametrize("byline", ["Alex Thornbury and Priya Menon", "by Sunita Raman, Masaryk University",
                                    "By Marcy Albrecht | malbrecht@tri-countyherald.com", "Staff report",
                                    "Nadia Kowalski · Staff Engineer, Data Platform",
                                    "By Marisa Kohl, with help from Teo Barragan", "By the Associated Press",
                                    "Posted by: Greystone Primary School Office", "Words: Ellis Ward",
                                    "Live text by Owen Carrick",
                                    "Orane Whyte/Gleaner Writer", "Maya Desrochers · CBC News ·",
                                    "Lena Park @LenaParkMarkets, Sam Okoro @samokoro",
                                    "By state political reporters Ellie Tran and Jack Morrow",
                                    "Recipe by Ottilie Franks", "Reporter: Aoife Brennan",
                                    "Authors: Maya Ferreira-Stone, Daniel Okafor, and Priya Ramanathan",
                                    "Published by: Courts and Tribunals Service", "Callum Byrne and Laura Pike (AAP)", "Dylan Mercer, The Canadian Press",
                                    "Authors: Priya Nandakumar and Owen Lattimer", "Staff Correspondent",
                                    "Rina Kusumawati (The Jakarta Post)",
                                    "By Darnell Okafor | dokafor@tribune.example | Lakeshore Tribune",
                                    "Harriet Okonjo Arts correspondent", "Sport desk",
                                    "Story by Priya Nandakumar", "Submitted by Brightfield Robotics",
                                    "Tom Hargreaves Local Democracy Reporting Service",
                                    "Interview by Hélène Marchetti", "As told to Hannah Kowalczyk",
                                    "Transcribed and edited by Owen Castellano", "Helena Marsh and agencies",
                                    "Written by: Rhea Kulkarni",
                                    "Opinion by Dara Whitlock", "Compiled by the Lantern news desk",
                                    "Reporting by Ruth Anand and Lewis Pell", "WRITER: Pattama Srisuk",
                                    "Posted by Mira Okafor, co-founder", "Priya Raman, education correspondent",
                                    "By Dele Okafor, senior housing adviser", "Report: Gwen Tallis, Club Press Officer",
                                    "Written by Tomasz Wierzbicki and the Payments Reliability team",
                                    "Words: Ilse Vandermeer, on behalf of the core team",
                                    "Inés Albarrán (now) and Kofi Mensah (earlier)",
                                    "Tom Aldridge at Harrowfield and Hannah Scorer (now)",
                                    "Ruth Calloway in Port Saverin and Declan Amersham (earlier)",
                                    "Prepared by: Ruth Adeyemi, Hon. Secretary", "Prepared by the FPD Crime Analysis Unit",
                                    "Delivered by Imam Yusuf Haroon Patel",
                                    "By Jordan Ellery, cascadiafc.com",
                                    "By Luana Cavalcanti, from Pedra Branca do Cariri (PB)",
                                    "Preached by the Very Revd Dr Catherine Liang, Dean",
                                    # the date run onto the byline in the copy
                                    "By Petra Lindqvist, Football WriterSaturday 22 February 2025 18:05 GMT",
                                    "By Tobias LindqvistMarch 3, 2026Updated March 4, 2026, 9:15 a.m. ET",
                                    "By Sam PriceUpdated 09:12, 5 Dec 2024", "By Ishbel Carran8 June 2025, 06:00 BST",
                                    "By Imogen Tavaresi, Ocean Science EditorPublished 9 April 2025Updated 10 April 2025"])
def test_more_byline_shapes(byline):
    a = article(HEADLINE, byline, "Wed, May 14, 2025, 6:14 AM", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, byline, LEDE)


@pytest.mark.parametrize("label", ["Text: Of Mice and Men", "Text: Macbeth", "Text: Isaac Watts", "Story: Nag Ashwin",
                                   "Story: The Long Road Home"])
def test_a_set_texts_title_under_a_text_label_is_no_byline(label):
    from build_tools.parse.text import is_byline
    assert not is_byline(label)


@pytest.mark.parametrize("line", ["Rafe is rumoured to be dating the singer after the pair were photographed holding hands.",
                                  "We wore each one for a week and photographed the results on three skin tones.",
                                  "Ms Patel, pictured with her daughter, said the family could not sleep.",
                                  "Prince William, pictured at Windsor Castle on Tuesday, announced a five-year plan."])
def test_a_sentence_that_tells_of_a_photograph_is_text(line):
    assert furniture_kind(line) is None


def test_a_name_over_the_writers_address_and_the_date_is_the_byline():
    """"Kelsey Marr", her address under it, then the date: the byline without "By" (dev 3
    bylines more), as the name right over the date is."""
    standfirst = 'Judge says she "betrayed people who trusted her with their tithes"'
    a = article(HEADLINE, "", standfirst, "", "Kelsey Marr", "kmarr@northgateledger.example", "",
                "Published: Thursday, Feb 6, 2025 2:15 PM", "", LEDE, "", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Kelsey Marr", standfirst)


def test_a_place_in_capitals_over_a_stations_staff_byline_is_the_dateline():
    """"LOMA ALTA" over "By KVRT Staff" under the headline: the dateline and the byline (the
    place was read as a writer's name, its desk's byline as the name's role)."""
    a = article(HEADLINE, "LOMA ALTA", "By KVRT Staff", "Published: Aug. 22, 2026 at 5:10 AM PDT", "", LEDE, "", BODY)
    assert (a.title, a.dateline, a.byline, a.summary) == (HEADLINE, "LOMA ALTA", "By KVRT Staff", LEDE)


@pytest.mark.parametrize("byline,stamp", [("By staff reporters", "Thu 6 Mar 2025, 4.52pm")])
def test_a_place_in_capitals_over_a_writers_byline_under_the_standfirst_is_the_dateline(byline, stamp):
    standfirst = "Winds of up to 230km/h are battering the northern coast as authorities warn the worst is yet to come"
    a = article(HEADLINE, standfirst, "PORT ELLIS", byline, stamp, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.dateline, a.byline) == (HEADLINE, standfirst, "PORT ELLIS", byline)
    assert kinds(a)[-2:] == ["H2:Next Steps", "P"] and len(a.sections) == 1
    # a co-writer's name in capitals over the other's name and role is no place
    b = article(HEADLINE, standfirst, "JAMES WHITE", "Anna Green, Health Correspondent", stamp, LEDE)
    assert b.dateline is None


def test_two_app_names_are_no_share_row():
    from build_tools.parse.furniture import furniture_kind
    assert furniture_kind("Facebook Messenger") is None and furniture_kind("Share · Save") == "share prompt"


def test_a_bare_top_said_again_is_the_link_back_up_the_page():
    a = article(HEADLINE, LEDE, "First post", BODY, "Top", "Second post", BODY, "Top")
    assert [f.text for f in a.furniture] == ["Top", "Top"]
    b = article(HEADLINE, LEDE, "What to wear", BODY, "Top", BODY, "Bottom", BODY, "Shoes", BODY)
    assert "H2:Top" in kinds(b) and not b.furniture


def test_a_label_in_capitals_over_a_table_under_the_byline_is_its_heading_not_the_dateline():
    """"SNAPSHOT" under the byline, over the results' rows: the box's heading; a dateline stands
    over running text."""
    a = article(HEADLINE, LEDE, "By Priya Hallam and Dean Whitcombe", "5 min read", "", "SNAPSHOT",
                "| Candidate | Votes |", "|---|---|", "| Grace Okafor | 141,208 |", "| Leonard Pask | 138,540 |",
                "Source: Valmont Board of Elections.", "", "WHAT TO WATCH", BODY)
    assert a.dateline is None and [k for k in kinds(a) if k.startswith("H")] == ["H2:SNAPSHOT", "H2:WHAT TO WATCH"]


def test_a_byline_under_the_date_may_close_on_and_agencies_after_a_comma():
    """"By Kaito Brennan and Ruth Adeyemi, and agencies" under the standfirst and the date, over a
    picture's caption: the byline, as "Helena Marsh and agencies" is."""
    standfirst = "An ash cloud has closed airspace over six countries. Here is how ash damages jet engines."
    byline = "By Kaito Brennan and Ruth Adeyemi, and agencies"
    a = article(HEADLINE, standfirst, "Sunday 15 June 2025 08.14 BST", byline,
                "Passengers queue at the rebooking desk on Saturday. Photograph: Jo Tarrant/Meridian", LEDE, BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, byline, standfirst)


def test_a_name_and_a_clause_after_its_comma_is_no_byline():
    assert not is_byline("Mira Okafor, who founded the shop") and not is_byline("Posted by Mira Okafor, at last")
    assert not is_byline("Report: Summary of findings and recommendations")  # a report's title
    assert not is_byline("By the team") and not is_byline("Alan Reed and the team behind it")
    assert not is_byline("By Monday, visit example.com")


def test_by_the_numbers_is_still_a_heading():
    a = article(HEADLINE, LEDE, "By the numbers", BODY)
    assert kinds(a) == ["H2:By the numbers", "P"]


def test_an_author_box_at_the_foot_is_furniture():
    a = article(HEADLINE, "By Priya Natarajan", LEDE, "Next Steps", BODY, "Written by Priya Natarajan")
    assert a.byline == "By Priya Natarajan" and kinds(a) == ["H2:Next Steps", "P"]
    assert [(f.kind, f.text) for f in a.furniture] == [("author box", "Written by Priya Natarajan")]


def test_the_headlines_part_before_its_colon_repeated_is_the_headline():
    headline = "Vasundhara Cables Q3 Results: Net Profit Jumps 37% On Export Orders"
    a = article(headline, "Sneha Kulkarni", "February 11, 2025 / 15:47 IST", "Vasundhara Cables Q3 Results", LEDE)
    assert (a.title, a.byline, a.summary) == (headline, "Sneha Kulkarni", LEDE)
    assert [(f.kind, f.text) for f in a.furniture] == [("repeated headline", "Vasundhara Cables Q3 Results")]


def test_a_letters_salutation_is_not_the_summary():
    a = article(HEADLINE, "Dear parents and carers,", LEDE, BODY)
    assert a.summary == LEDE


# Headings in more house styles ----------------------------------------------------

def test_an_agencys_dashed_subheads_are_headings_not_list_items():
    a = article(HEADLINE, LEDE, "- 'A heartbreaking decision' -", BODY, "- 'Drinking less, but better' -", BODY)
    assert kinds(a) == ["H2:- 'A heartbreaking decision' -", "P", "H2:- 'Drinking less, but better' -", "P"]


def test_a_series_of_term_value_titles_over_text_are_headings_but_a_lone_label_is_not():
    a = article(HEADLINE, LEDE, "Best overall: Kestrel V9 Pro", BODY, "Best budget: Aero S3", BODY)
    assert kinds(a) == ["H2:Best overall: Kestrel V9 Pro", "P", "H2:Best budget: Aero S3", "P"]
    assert kinds(article(HEADLINE, LEDE, "Status: under review", BODY)) == ["P", "P"]


def test_numbered_sections_over_a_list_or_a_table_are_headings():
    a = article(HEADLINE, LEDE, "1. Main points", "", "- Sales rose 0.7%", "- Online sales rose 1.6%", "",
                "2. The figures", "", "| Month | Change |", "|---|---|", "| June | 0.7% |", "", "3. Next release", "", BODY)
    assert kinds(a)[:1] == ["H2:1. Main points"] and "H2:2. The figures" in kinds(a) and "H2:3. Next release" in kinds(a)


def test_numbered_sections_straight_over_their_points_are_headings():
    """A roundup's numbered entries, each right over its flush-left points and then its text
    (of 17 such lines in dev, 17 headings); points indented under a numbered step stay its list."""
    a = article(HEADLINE, LEDE, "1. Mokoena v Riverbend Water Board", "- Court: Supreme Court of Appeal",
                "- Outcome: Appeal upheld", BODY, "", "2. In re Estate Late Johannes Coetsee", "- Court: High Court",
                "- Outcome: Will declared valid", BODY)
    assert kinds(a) == ["H2:1. Mokoena v Riverbend Water Board", "L2", "P", "H2:2. In re Estate Late Johannes Coetsee",
                        "L2", "P"]
    steps = article(HEADLINE, LEDE, "1. Read your renewal notice carefully", "   - Check the excess has not gone up",
                    "2. Run a comparison three weeks before renewal", "   - Use at least two comparison sites", BODY)
    assert not [k for k in kinds(steps) if k.startswith("H")]


@pytest.mark.parametrize("label", ["RELATED NEWS", "Explore further", "Most Read from Bloomberg Businessweek"])
def test_a_link_block_ends_at_an_upper_case_heading(label):
    a = article(HEADLINE, LEDE, label, "Refinery resumes petrol loading after two-week pause",
                "Marketers trade blame as queues persist", "DEPOT OWNERS REACT", BODY)
    assert kinds(a) == ["H2:DEPOT OWNERS REACT", "P"] and len(a.furniture) == 3


def test_a_furniture_line_never_runs_on_into_the_line_above():
    a = article(HEADLINE, LEDE, "list 1 of 2", "Interim government raises minimum wage for garment sector",
                "list 2 of 2", "Why fashion brands are quietly moving orders out of the country", "end of list", BODY)
    assert kinds(a) == ["P"] and len(a.furniture) == 5 and a.summary == LEDE


def test_a_place_between_the_byline_and_the_date_is_the_dateline():
    a = article("Premium", HEADLINE, "Rohit Saxena", "New Delhi", "Last Updated : Apr 07 2025 | 11:52 PM IST", LEDE)
    assert (a.title, a.byline, a.dateline, a.summary) == (HEADLINE, "Rohit Saxena", "New Delhi", LEDE)


def test_a_tabloids_labelled_standfirst_is_the_summary():
    standfirst = "EXCLUSIVE: Widow Brenda Hollis says the 63 gnomes were like family to her and her late husband"
    assert article(HEADLINE, standfirst, LEDE, BODY).summary == standfirst


def test_a_days_date_in_the_text_heads_that_days_items():
    a = article(HEADLINE, LEDE, BODY, "Monday, March 3", BODY, "Wednesday, March 5", BODY)
    assert kinds(a) == ["P", "H2:Monday, March 3", "P", "H2:Wednesday, March 5", "P"]


def test_lines_of_code_are_never_headings():
    a = article(HEADLINE, LEDE, "SELECT relname, n_dead_tup", "FROM pg_stat_user_tables", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_a_numbered_most_read_list_is_furniture():
    a = article(HEADLINE, LEDE, BODY, "Most read", "1. Energy bills to fall by £122 from April",
                "2. The savings accounts still paying 5%")
    assert kinds(a) == ["P"] and len(a.furniture) == 3


def test_a_back_link_over_the_headline_is_one_link_not_a_block():
    a = article("Parcelwise Engineering", "← All posts", "Postgres", HEADLINE, "Nadia Kowalski · Staff Engineer",
                "January 22, 2025", LEDE)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Nadia Kowalski · Staff Engineer", LEDE)


def test_a_one_word_heading_under_an_empty_one_nests():
    a = article(HEADLINE, LEDE, "BASKETBALL", "Boys", BODY, "Girls", BODY, "WRESTLING", BODY)
    assert kinds(a) == ["H2:BASKETBALL", "H3:Boys", "P", "H3:Girls", "P", "H2:WRESTLING", "P"]


def test_a_field_between_two_labelled_dates_is_of_the_masthead_box():
    a = article("Teacher of Mathematics (Secondary)", "", "Start date: August 2026", "Contract: Two years, renewable",
                "Closing date: 10 April 2026, or earlier if a suitable candidate is appointed", "", LEDE, "", BODY)
    assert kinds(a) == ["P"] and a.summary == LEDE  # no "Contract: ..." heading
    assert "Contract: Two years, renewable" in render_briefing(a)


def test_headings_repeated_under_one_word_names_are_their_subsections():
    a = article(HEADLINE, LEDE, "Before You Give a Medicine", BODY, "Paracetamol", BODY, "How Much to Give", BODY,
                "How Often", BODY, "Ibuprofen", BODY, "How Much to Give", BODY, "How Often", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Before You Give a Medicine", "H2:Paracetamol", "H3:How Much to Give", "H3:How Often",
        "H2:Ibuprofen", "H3:How Much to Give", "H3:How Often"]


def test_three_entries_named_by_a_word_and_rising_numbers_head_their_text():
    lots = ["Lot 41 – A George III Edinburgh silver tea urn, 1789", "Lot 57 – A set of six Newhaven fishwife figures",
            "Lot 88 – An eight-day longcase clock, the dial signed for a Dundee maker"]
    a = article(HEADLINE, "", LEDE, "", lots[0], "", BODY, "", lots[1], "", BODY, "", lots[2], "", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [f"H2:{lot}" for lot in lots]
    two = article(HEADLINE, "", LEDE, "", lots[0], "", BODY, "", lots[2], "", BODY)
    assert not [k for k in kinds(two) if k.startswith("H")]  # two lines alike are no series yet


def test_closing_sections_never_nest():
    a = article(HEADLINE, LEDE, "Main elements of the position", "Stockpiling obligations", BODY,
                "Joint procurement", BODY, "Next steps", BODY)
    assert kinds(a) == ["H2:Main elements of the position", "H3:Stockpiling obligations", "P",
                        "H3:Joint procurement", "P", "H2:Next steps", "P"]


def test_a_call_sign_staff_byline():
    assert article(HEADLINE, "KXNV 8 News Staff", "Updated 4:50 p.m.", LEDE).byline == "KXNV 8 News Staff"
    assert kinds(article(HEADLINE, LEDE, "Hospital staff", BODY)) == ["H2:Hospital staff", "P"]


def test_an_articles_opening_case_style_is_its_sections_and_the_other_nests():
    a = article(HEADLINE, LEDE, "The Autumn Collapse", BODY, "Injuries at the back", BODY, "A change in goal", BODY,
                "The Turnaround", BODY, "New manager, new shape", BODY)
    assert kinds(a) == ["H2:The Autumn Collapse", "P", "H3:Injuries at the back", "P", "H3:A change in goal", "P",
                        "H2:The Turnaround", "P", "H3:New manager, new shape", "P"]


def test_bare_short_questions_over_long_answers_are_sections_not_an_faq():
    a = article(HEADLINE, LEDE, "What is an annuity?", BODY, BODY, "What is drawdown?", BODY, BODY,
                "Who can get it?", BODY)
    assert kinds(a) == ["H2:What is an annuity?", "P", "P", "H2:What is drawdown?", "P", "P", "H2:Who can get it?", "P"]
    interview = article(HEADLINE, LEDE, "You grew up by the sea in a fishing family. How did that shape the book?", BODY,
                        "Why did it take you eleven years to finish the novel after the first draft?", BODY,
                        "What are you writing next, and will it return to the same coast?", BODY)
    assert kinds(interview) == [f"H2:{QA_HEADING}", "FAQ3"]


def test_questions_under_an_explainers_long_question_sections_head_sections_too():
    a = article(HEADLINE, LEDE, "Why are teachers striking?", BODY, LEDE, BODY, "Kahurangi Region", BODY,
                "Southern Lakes", BODY, "Will there be more strikes?", BODY, "What does the Government say?", BODY,
                "Is it the biggest strike this year?", BODY)
    assert [s.heading for s in a.sections] == [
        "Why are teachers striking?", "Kahurangi Region", "Southern Lakes", "Will there be more strikes?",
        "What does the Government say?", "Is it the biggest strike this year?"] and not any(s.faq for s in a.sections)


def test_faq_group_headings_split_the_faq():
    a = article(HEADLINE, LEDE, "FAQ", "When does it start?", BODY, "Who pays?", BODY,
                "Charges and payment", "How much is the charge?", BODY, "How do I pay?", BODY)
    assert kinds(a) == ["H2:FAQ", "FAQ2", "H2:Charges and payment", "FAQ2"]


def test_a_numbered_section_without_text_holds_the_unnumbered_headings_after_it():
    a = article(HEADLINE, LEDE, "1. The symptom", BODY, "2. The fix", "Tuning autovacuum per table", BODY,
                "Splitting the hot table", BODY, "What we learned", BODY)
    assert kinds(a) == ["H2:1. The symptom", "P", "H2:2. The fix", "H3:Tuning autovacuum per table", "P",
                        "H3:Splitting the hot table", "P", "H2:What we learned", "P"]


def test_headings_opening_on_one_word_are_subsections_of_the_one_above():
    a = article(HEADLINE, LEDE, "Recommendations", BODY, "To national governments", BODY, "To city authorities", BODY)
    assert kinds(a) == ["H2:Recommendations", "P", "H3:To national governments", "P", "H3:To city authorities", "P"]
    # so too where a first subsection's proper noun reads as Title Case and sets the case styles' nesting
    b = article(HEADLINE, LEDE, "Executive summary", BODY, "Part one: The state of the grid", BODY,
                "Part three: Recommendations", "For the European Union", BODY,
                "For national governments and regulators", BODY, "For grid operators", BODY, "Conclusion", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == [
        "H2:Executive summary", "H2:Part one: The state of the grid", "H2:Part three: Recommendations",
        "H3:For the European Union",
        "H3:For national governments and regulators", "H3:For grid operators", "H2:Conclusion"]


def test_video_lengths_and_author_notes_are_furniture():
    a = article(HEADLINE, LEDE, "1:42", "Valley heatwave: cooling centres open", BODY, "Next Steps", BODY,
                "Marcus Bell covers courts and agriculture for the Valley Sentinel.")
    assert [f.kind for f in a.furniture] == ["video duration", "author box"]
    # A sentence whose subject "covers" something is the article's, its last words or not.
    advice = ("Make sure your policy covers medical treatment and repatriation for the whole trip, and that you "
              "have declared every pre-existing condition.")
    b = article(HEADLINE, LEDE, "Check your insurance", advice)
    assert b.furniture == () and kinds(b) == ["H2:Check your insurance", "P"]


def test_a_line_on_what_the_writer_covers_at_the_foot_is_the_author_box_with_or_without_the_outlet():
    bio = "Hannah Wexler covers courts and voting rights. Contact her at hwexler@example-news.com."
    a = article(HEADLINE, LEDE, "Next Steps", BODY, bio)
    assert [(f.kind, f.text) for f in a.furniture] == [("author box", bio)]
    # At the foot, the story's own last words: a live entry's cricket, the weather, a review.
    for last in ("The covers are off and the umpires have taken 14 overs out of the day. Eastshire 118-2 at the crease.",
                 "Snow covers much of northern England this morning. Forecasters say more is due.",
                 "Your Policy covers medical treatment abroad. Contact your insurer before you travel.",
                 "Sally Rooney writes about class and desire with a precision few novelists can match."):
        assert article(HEADLINE, LEDE, "Next Steps", BODY, last).furniture == (), last


def test_a_line_on_what_the_writer_writes_about_at_the_foot_is_the_author_box():
    bio = "Iona Petrakis writes about cities and the natural world. She lives in Marrowgate."
    a = article(HEADLINE, LEDE, "Next Steps", BODY, bio)
    assert [(f.kind, f.text) for f in a.furniture] == [("author box", bio)]
    # Up the page, a sentence of the story: the review's own.
    review = "Castellane writes about weather with the precision of someone who has stood in a lot of it."
    b = article(HEADLINE, LEDE, review, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY)
    assert b.furniture == ()


def test_a_key_points_box_over_the_lede_is_not_the_summary():
    a = article(HEADLINE, "Key points:", "- Water allocations fall to 40%", "- Farmers sell cows", LEDE, BODY)
    assert a.summary == LEDE


def test_a_whole_copied_page_header_over_the_headline_is_left_out():
    a = article("The Tri-County Herald", "Serving three counties since 1887", "Residents   Business   Sports   Opinion",
                "Translate | Accessibility | Contact Us", HEADLINE, "By Marcus Bell | mbell@herald.com",
                "Published: Apr. 2, 2025 at 5:14 PM EDT", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.byline) == (HEADLINE, LEDE, "By Marcus Bell | mbell@herald.com")
    assert kinds(a) == ["H2:Next Steps", "P"]
    b = article("City of Fairhaven", "Home  Government  Departments  Community  Business  How Do I...",
                "Home › News Flash › City News", HEADLINE, "Posted on: Mar 4, 2026", LEDE, BODY)
    assert (b.title, b.summary) == (HEADLINE, LEDE)  # a menu's "How Do I..." opens more of the menu


def test_a_label_between_the_headline_and_the_date_is_a_kicker():
    a = article(HEADLINE, "Allergy alert", "Last updated: 19 June 2025", LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and [f.text for f in a.furniture] == ["Allergy alert"]


def test_a_label_in_capitals_is_never_a_dateline():
    assert article("PRESS RELEASE", HEADLINE, LEDE, BODY).dateline is None


def test_a_series_of_day_labels_heads_the_days_even_with_one_word_titles():
    a = article(HEADLINE, LEDE, "Day 1: Bergen", BODY, "Day 3: Trondheim", BODY)
    assert kinds(a) == ["H2:Day 1: Bergen", "P", "H2:Day 3: Trondheim", "P"]
    # Dated days over their programmes, the date's comma no list of parts.
    rows = ("| Time | Session | Venue |", "| 8:00am | Registration | Main gate |", "| 9:00am | Keynote | Plenary Hall |")
    b = article(HEADLINE, LEDE, "", BODY, "", "Day one: Tuesday, May 12", "", *rows, "", "Day two: Wednesday, May 13", "", *rows)
    assert kinds(b) == ["P", "H2:Day one: Tuesday, May 12", "T2x3", "H2:Day two: Wednesday, May 13", "T2x3"]


def test_a_name_alone_over_the_dateline_is_the_byline_but_a_short_heading_is_not():
    a = article(HEADLINE, "Conor Geraghty", "DUBLIN", LEDE, BODY)
    assert (a.byline, a.dateline, a.summary) == ("Conor Geraghty", "DUBLIN", LEDE)
    assert kinds(article(HEADLINE, "Next Steps", LEDE, BODY))[0] == "H2:Next Steps"


def test_a_breadcrumb_trail_is_never_the_title():
    a = article("Parents › Key Information › Term Dates", "Term Dates 2025–26", LEDE, "Next Steps", BODY)
    assert a.title == "Term Dates 2025–26" and kinds(a) == ["H2:Next Steps", "P"]


@pytest.mark.parametrize("stamp", ["Posted 6h ago, updated 4m ago", "INQUIRER.net / 11:02 AM November 06, 2025",
                                   "Source: Xinhua/ 2025-03-07 18:11:47/Editor: huaxia",
                                   "Embargoed until 16:00 BST Wednesday 9 April 2025", "Updated over a week ago",
                                   "Notice published: 14 March 2026", "Last edited 1 March 2026",
                                   "Created on March 4, 2026", "Revised March 2025",
                                   "For immediate release – August 1, 2025", "FOR IMMEDIATE RELEASE: March 3, 2025"])
def test_dates_among_labels_or_relative_are_metadata(stamp):
    a = article(HEADLINE, stamp, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.stamps) == (HEADLINE, LEDE, (stamp,))


def test_date_lines_under_an_opening_box_are_metadata_not_the_summary():
    a = article(HEADLINE, "In Summary", "- Placement opens on March 24.", "- Appeals run for 30 days.",
                "by JAMES OTIENO", "06 March 2025 - 11:40", LEDE, BODY)
    assert (a.byline, a.stamps, a.summary) == ("by JAMES OTIENO", ("06 March 2025 - 11:40",), LEDE)
    b = article("Key Points", "- Rates held.", "- One cut is pencilled in.", "Published Wed, Jun 17 2026 9:12 AM EDT",
                LEDE, BODY)
    assert b.stamps == ("Published Wed, Jun 17 2026 9:12 AM EDT",) and b.summary == LEDE


@pytest.mark.parametrize("line", ["— Lena Park", "With files from The Canadian Press", "[2025] EWCA Civ 214",
                                  "Johan Bergfors, CFO, +46 18 450 21 00"])
def test_sign_offs_credits_and_citations_are_never_headings(line):
    a = article(HEADLINE, LEDE, "Next Steps", BODY, line, BODY)
    assert kinds(a) == ["H2:Next Steps", "P", "P", "P"]


def test_yes_and_no_under_a_feedback_question_are_its_buttons():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Was this page helpful?", "Yes", "No")
    assert kinds(a) == ["H2:Next Steps", "P"]
    assert [f.text for f in a.furniture] == ["Was this page helpful?", "Yes", "No"]


def test_a_one_word_heading_among_subsections_of_upper_case_sections_nests():
    a = article(HEADLINE, LEDE, "BACKGROUND", BODY, "REASONS", "Whether the rules applied", BODY,
                "Relief", BODY, "The dissent", BODY)
    assert kinds(a) == ["H2:BACKGROUND", "P", "H2:REASONS", "H3:Whether the rules applied", "P",
                        "H3:Relief", "P", "H3:The dissent", "P"]


def test_after_a_live_blogs_entries_the_rest_nests_by_the_usual_rules():
    a = article("Live: county election results", LEDE, "11:47 p.m.", "Runoff likely for sheriff", BODY,
                "10:58 p.m.", BODY, "Full results", "Sheriff race", BODY, "Library levy", BODY)
    assert kinds(a) == ["H2:11:47 p.m.", "H3:Runoff likely for sheriff", "P", "H2:10:58 p.m.", "P",
                        "H2:Full results", "H3:Sheriff race", "P", "H3:Library levy", "P"]


def test_a_link_label_over_the_masthead_opens_no_link_block():
    a = article("Harbour City News", "LATEST NEWS", HEADLINE, "By Ngaio Tait and Sam Whitfield",
                "Posted 14 Aug 2025, 9:12pm", LEDE, BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "By Ngaio Tait and Sam Whitfield", LEDE)


def test_a_web_storys_slide_counters_are_furniture_but_one_score_is_not():
    a = article(HEADLINE, LEDE, "1/4", "Next Steps", BODY, "2/4", BODY, "3/4", BODY, "4/4", BODY)
    assert [f.text for f in a.furniture] == ["1/4", "2/4", "3/4", "4/4"]
    assert article(HEADLINE, LEDE, "Next Steps", BODY, "8/10", BODY).furniture == ()


def test_a_transcripts_speakers_asking_are_not_an_faq():
    a = article(HEADLINE, LEDE, "JOURNALIST: Will the payment be extended?", "MINISTER: We are looking at it.",
                "JOURNALIST: When will you decide?", "MINISTER: Within the month.",
                "JOURNALIST: Is the agency under-resourced?", "MINISTER: No.")
    assert not [s for s in a.sections if s.faq]


@pytest.mark.parametrize("line", ["Source: Coastline Public Radio", "Site - https://example.com/story"])
def test_a_source_label_or_an_address_over_the_headline_is_never_the_title(line):
    a = article("Newsly", line, HEADLINE, "By Ramona Fields", "Originally published May 2, 2025", LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)


def test_a_countdown_of_numbered_sections_is_headings():
    a = article(HEADLINE, LEDE, "3. The tram vote", BODY, "2. The bakery strike", BODY, "1. The mosaic", BODY)
    assert kinds(a) == ["H2:3. The tram vote", "P", "H2:2. The bakery strike", "P", "H2:1. The mosaic", "P"]


def test_the_sites_name_over_its_breadcrumb_is_no_title():
    a = article("Brackenfield Borough Council", "Home > Bins and recycling > What goes in which bin",
                "What goes in which bin", "Not sure which bin to use? This guide will help you get it right.", BODY)
    assert a.title == "What goes in which bin"


def test_a_readers_letter_in_a_mailbag_is_no_faq_question():
    a = article(HEADLINE, LEDE, "Your questions answered", "Can my supplier raise my direct debit?",
                "Margaret, from Carlisle, writes: “My payment went from £118 to £164. Is that allowed?”",
                "Only with notice, and they must explain it.", "Do I have to accept a smart meter?",
                "No. You can refuse one.")
    faq = [q.question for s in a.sections for q in s.faq]
    assert faq == ["Can my supplier raise my direct debit?", "Do I have to accept a smart meter?"]


@pytest.mark.parametrize("headline", ["(2nd LD) Torrential rain leaves 4 dead in the south",
                                      "£1.5m Green Spaces Fund opens to community groups"])
def test_a_headline_may_open_on_an_agencys_tag_or_a_sum(headline):
    a = article("National", headline, "By Kim Soo-jin", "Updated 17 July 2025", LEDE, BODY)
    assert (a.title, a.summary) == (headline, LEDE)


def test_a_wires_note_is_metadata_never_a_heading():
    a = article(HEADLINE, "(Adds analyst quotes in paragraphs 7-9, updates prices)", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.stamps) == (HEADLINE, LEDE, ("(Adds analyst quotes in paragraphs 7-9, updates prices)",))


def test_an_interviews_named_turns_asking_are_not_an_faq():
    a = article(HEADLINE, LEDE, "On the attacks", "The Kyiv Post: How does this winter compare?",
                "Ihor Danylenko: It is worse in one way.", "The Kyiv Post: How quickly can you repair a boiler?",
                "Danylenko: In two or three days.", "The Kyiv Post: Does it work?", "Danylenko: It does.")
    assert not [s for s in a.sections if s.faq]


@pytest.mark.parametrize("label", ["SUMMARY", "BACKGROUND", "OVERVIEW"])
def test_a_documents_first_section_in_capitals_is_no_dateline(label):
    a = article(HEADLINE, "Published: 2025-03-04", label, LEDE, "DETAILS", BODY, "REMEDIATION", BODY)
    assert a.dateline is None and kinds(a)[0] == f"H2:{label}"


def test_a_one_word_heading_over_others_heads_those_like_its_first():
    a = article(HEADLINE, LEDE, "Tax", "Income tax", BODY, "Fuel excise", BODY, "Spending", "Health", BODY,
                "Defence", BODY, "Borrowing and debt", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Tax", "H3:Income tax", "H3:Fuel excise", "H2:Spending", "H3:Health", "H3:Defence",
        "H2:Borrowing and debt"]


def test_numbered_subsections_end_where_an_unnumbered_heading_comes():
    a = article(HEADLINE, LEDE, "VULNERABILITY DETAILS", "CVE-2025-31877", BODY, "CVE-2025-31878", BODY,
                "AFFECTED PRODUCTS", BODY, "REMEDIATION", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:VULNERABILITY DETAILS", "H3:CVE-2025-31877", "H3:CVE-2025-31878", "H2:AFFECTED PRODUCTS",
        "H2:REMEDIATION"]


def test_a_signers_lines_set_apart_from_the_next_letter_are_no_headings():
    letters = "\n".join([HEADLINE, LEDE, "", "Cycle Lanes Will Not Save The High Street", BODY, "Margaret Ellison",
                         "Northfield", "", "A Lane Is Overdue", BODY, "Dev Chaudhary", "Riverside", "",
                         "Libraries Are More Than Books", BODY])
    headings = [k for k in kinds(parse(letters)) if k.startswith("H")]
    assert headings == ["H2:Cycle Lanes Will Not Save The High Street", "H2:A Lane Is Overdue",
                        "H2:Libraries Are More Than Books"]


def test_with_no_lede_over_the_first_heading_the_summary_is_its_first_paragraph_whole():
    a = article(HEADLINE, "What happened", LEDE + " " + BODY, "What comes next", BODY)
    assert a.summary == LEDE + " " + BODY


def test_an_obituarys_headline_is_the_name():
    a = article("Obituaries", "Marguerite Olsen obituary",
                "Botanist whose fieldwork on the ferns of the Atlantic fringe changed how rainforests are seen",
                "Marguerite Olsen at the herbarium in 1978. She catalogued more than 4,000 specimens.",
                "Photograph: Olsen family", "Eleanor Whitcombe", "Thu 19 Feb 2026 16.45 GMT", LEDE, BODY)
    assert a.title == "Marguerite Olsen obituary"
    assert a.summary.startswith("Botanist whose fieldwork")


@pytest.mark.parametrize("label", ["Trending stories", "More for you"])
def test_a_rail_of_other_stories_under_its_label_is_left_out(label):
    a = article(HEADLINE, LEDE, BODY, label, "Water rates to go up 6% in March", "Crypto miners rally again", "",
                "Next Steps", BODY)
    assert [f.text for f in a.furniture] == [label, "Water rates to go up 6% in March", "Crypto miners rally again"]


@pytest.mark.parametrize("line,kind", [
    ("★★★★★ 4.8 from 213 ratings", "page control"),
    ("How would you rate this page? ★★★★★", "page control"),
    ("Share episode", "share prompt"),
    ("Comments on this piece are premoderated to keep discussion on topic.", "share prompt"),
    ("Download report (PDF / 1.4 MB)", "share prompt"),
    ("Refresh for updates", "page control"),
    ("Report this resource", "page control"),
    ("4.8★ on the App Store", "page control"),
    ("Hi, I'm Max, your virtual assistant. How can I help?", "page control"),
    ("Next dispatch: Deception Island", "page control"),
    ("Pre-order at Currys", "page control"),
    ("$0 down at Best Buy", "shop prompt"),
    ("Pietro Vance's user avatar", "page control"),
    ("Viewed 18k times", "page control"),
    ("14 people have this question", "page control"),
    ("62 people found this reply helpful", "page control"),
    ("Highest score (default)", "page control"),
    ("Reply  Report", "page control"),
    ("Solved by lucia.ferrante in post #6", "page control"),
    ("last reply 2d", "page control"),
    ("OP · 4 hr. ago", "page control"),
    ("94% Upvoted", "page control"),
    ("Get our weekend festival guide every Thursday. No spam, unsubscribe any time.", "newsletter prompt"),
])
def test_rating_widgets_player_buttons_and_report_downloads_are_furniture(line, kind):
    from build_tools.parse.furniture import furniture_kind
    assert furniture_kind(line) == kind


def test_a_sites_header_over_its_breadcrumb_is_left_out_and_the_title_follows():
    a = article("Harwell Borough Council", "Councillors and committees", "Browse meetings › Cabinet › Agenda",
                "Agenda for Cabinet on Thursday 3 April 2025", LEDE, BODY)
    assert (a.title, a.summary) == ("Agenda for Cabinet on Thursday 3 April 2025", LEDE)


def test_report_by_is_a_byline_and_a_withheld_name_is_a_sign_off():
    a = article(HEADLINE, "Report by Meera Shah", LEDE, BODY)
    assert a.byline == "Report by Meera Shah"
    letters = article(HEADLINE, LEDE, "", "A Lane Is Overdue", BODY, "Name withheld, Cardiff", "",
                      "Libraries Are More Than Books", BODY)
    assert [k for k in kinds(letters) if k.startswith("H")] == ["H2:A Lane Is Overdue", "H2:Libraries Are More Than Books"]


def test_a_name_and_outlet_with_a_middle_dot_is_the_byline():
    a = article("Health", HEADLINE, "Province says a new locum pool will help this summer, but doctors say they are tired",
                "", "Jacqueline Morrow · CBC News", "", "Posted: Mar 04, 2025 5:00 AM AST | Last Updated: 1 hour ago",
                "", LEDE, BODY)
    assert (a.title, a.byline) == (HEADLINE, "Jacqueline Morrow · CBC News")
    # a slash between them, under the headline and over the date: the byline, never the title
    b = article("THE WESTERN GHATS TIMES", "City", HEADLINE, "Rohit Kulkarni / WGT News Network",
                "Updated: Jun 18, 2025, 04:12 IST", LEDE, BODY)
    assert (b.title, b.byline) == (HEADLINE, "Rohit Kulkarni / WGT News Network")
    # a station's name holds its frequency
    c = article(HEADLINE, "Adaeze Okafor | NewsRadio 1090 CKBR", "Posted Jan 28, 2025 6:02 am EST", LEDE, BODY)
    assert (c.title, c.byline) == (HEADLINE, "Adaeze Okafor | NewsRadio 1090 CKBR")


def test_a_heading_with_no_text_over_numbered_ones_holds_them():
    a = article(HEADLINE, LEDE, "SITUATION OVERVIEW", BODY, "HUMANITARIAN RESPONSE", "1. Shelter and non-food items",
                BODY, "2. Food security", BODY, "FUNDING", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:SITUATION OVERVIEW", "H2:HUMANITARIAN RESPONSE", "H3:1. Shelter and non-food items", "H3:2. Food security",
        "H2:FUNDING"]


# Tops: a series' name and a section's label over the headline -----------------------------

def test_a_series_label_over_the_headline_is_a_kicker():
    a = article("Series: Locked Away: Inside Immigration Detention",
                "Detainees Waited Weeks for Care at a Louisiana Immigration Center. Three of Them Died.",
                "Internal logs show that sick-call requests went unanswered for an average of 19 days.",
                "by Noor Haddad and Everett Lindqvist", "Nov. 24, 5 a.m. EST", LEDE, "Next Steps", BODY)
    assert a.title.startswith("Detainees Waited Weeks") and a.summary.startswith("Internal logs show")
    assert [(f.kind, f.text) for f in a.furniture] == [("kicker", "Series: Locked Away: Inside Immigration Detention")]


def test_a_section_label_over_a_headline_and_byline_is_no_headline():
    """A short Title Case label over a longer line without a final stop, right over the byline:
    a section and its headline, not a headline and its standfirst."""
    a = article("Crime and Public Safety", "Seven charged in carjacking ring that targeted rideshare drivers, prosecutors say",
                "By Darnell Okafor | dokafor@tribune.example | Lakeshore Tribune", "UPDATED: November 24, 2025 at 7:12 PM CST",
                LEDE, BODY)
    assert a.title.startswith("Seven charged") and a.summary == LEDE
    assert [f.text for f in a.furniture] == ["Crime and Public Safety"]


# Nesting: a timeline's years over its dates; lettered subsections ------------------------

def test_a_timelines_years_hold_its_dates():
    a = article(HEADLINE, LEDE, "2022", "March 14", BODY, "Aug. 15", BODY, "2023", "Feb. 2", BODY,
                "What's next", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:2022", "H3:March 14", "H3:Aug. 15", "H2:2023",
                                                          "H3:Feb. 2", "H2:What's next"]


def test_a_timelines_years_head_their_entries_of_running_text():
    a = article(HEADLINE, LEDE, "2015", "April 14 - Ardessa lays the foundation stone for the dam.",
                "2018:", "June 3 - The two governments sign a declaration of principles.",
                "2020", "July 21 - Ardessa completes the first filling.", "What comes next", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:2015", "H2:2018", "H2:2020", "H2:What comes next"]


def test_a_quizs_answers_and_a_films_years_are_no_timeline():
    """A year under a question (a quiz's answer) or under a film's title is no timeline's part,
    nor are "2015" and "2015:" two years."""
    quiz = article(HEADLINE, LEDE, "In which year did the Berlin Wall fall?", "1989", BODY,
                   "In which year did the euro notes arrive?", "2002", BODY)
    assert not [k for k in kinds(quiz) if k in ("H2:1989", "H2:2002")]
    films = article(HEADLINE, LEDE, "The Quiet Field", "2015", BODY, "Harbour Lights", "2019", BODY)
    assert not [k for k in kinds(films) if k in ("H2:2015", "H2:2019")]
    twice = article(HEADLINE, LEDE, "2015", "April 14 - Ardessa lays the foundation stone.", "2015:",
                    "June 3 - The two governments sign a declaration.")
    assert not [k for k in kinds(twice) if k == "H2:2015"]


def test_an_archives_years_over_their_months_are_no_headings():
    a = article(HEADLINE, LEDE, "2026", "March", "February", "2025", "December", BODY)
    assert not [k for k in kinds(a) if k in ("H2:2026", "H2:2025")]


def test_a_year_alone_is_no_heading():
    a = article(HEADLINE, LEDE, "2022", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_lettered_subsections_nest_under_numbered_sections():
    a = article(HEADLINE, LEDE, "1. Where the money comes from", BODY, "a) Payroll and property taxes", BODY,
                "b) The short-stay levy", BODY, "2. Where it goes", BODY, "a) Health", BODY, "b) Schools", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:1. Where the money comes from", "H3:a) Payroll and property taxes", "H3:b) The short-stay levy",
        "H2:2. Where it goes", "H3:a) Health", "H3:b) Schools"]


def test_a_lettered_list_stays_a_list():
    a = article(HEADLINE, LEDE, "The options are:", "a) Raise the levy", "b) Cut the programme", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_topic_links_at_the_foot_are_furniture_up_to_a_dated_story_link():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Related Topics", "Ashgrove", "Water supply",
                "More on this story", "Vale Water fined over Harnby sewage spill", "Published 3 March")
    assert {"Ashgrove", "Water supply"} <= {f.text for f in a.furniture}
    assert "H2:Water supply" not in kinds(a)


def test_a_sentence_opening_on_photos_is_no_caption():
    standfirst = "Photos, messages, apps and contacts can all come across in one go if you prepare properly."
    a = article(HEADLINE, standfirst, "Last updated: 3 February 2025", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == (HEADLINE, standfirst) and not a.furniture


def test_a_tip_over_a_part_does_not_make_it_a_label():
    """A paragraph led by a label ("Tip: ...") is no factbox line: the "PART 2: ..." under it
    is one of the article's titled parts, as "PART 1: ..." is."""
    a = article(HEADLINE, LEDE, "PART 1: GET YOUR OLD PHONE READY", "Charge Both Phones", BODY,
                "Tip: keep the old phone in a drawer for a couple of weeks after switching. You never know which app asks.",
                "PART 2: TRANSFER WITH A CABLE OR WI-FI", "Start the Setup on the New Phone", BODY)
    heads = [k for k in kinds(a) if k.startswith("H")]
    assert heads[0].endswith("PART 1: GET YOUR OLD PHONE READY") and "PART 2: TRANSFER WITH A CABLE OR WI-FI" in heads[2]


def test_an_interviewers_repeated_label_is_no_titled_series():
    a = article(HEADLINE, LEDE, "The Kyiv Independent: What does it cost?",
                "Hrytsenko: It costs the city more than it has, and the winter has not started yet.",
                "The Kyiv Independent: Are residents leaving again?",
                "Hrytsenko: Some are, mostly families with small children, but fewer than in 2022.")
    assert not [k for k in kinds(a) if k.startswith("H")]


@pytest.mark.parametrize("labels,headline", [
    (("Health A to Z", "Conditions"), "Plantar fasciitis"),
    (("Schools Inspectorate", "Find an inspection report", "Larkfield Primary School"),
     "Inspection of Larkfield Primary School"),
])
def test_labels_stacked_over_a_short_headline_right_over_the_first_paragraph(labels, headline):
    """A site's labels stacked at the top (its name, a section, a breadcrumb's steps): the last
    line, right over the first paragraph, is the headline, however short."""
    a = article(*labels, headline, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == (headline, LEDE)
    assert [f.text for f in a.furniture] == list(labels)


def test_a_headline_over_a_section_heading_is_still_the_headline():
    a = article(HEADLINE, "The Vote", LEDE, "What Next", BODY)
    assert a.title == HEADLINE and "H2:The Vote" in kinds(a)


@pytest.mark.parametrize("stamp", ["November 12, 20254:41 AM GMT+9Updated 2 hours ago",
                                   "06:00, 4 Mar 2025Updated 08:41, 4 Mar 2025",
                                   # a date line, then its change's, glued: never a heading over the text
                                   "Fri 21 Feb 2025 07.30 GMTLast modified on Fri 21 Feb 2025 11.02 GMT",
                                   "16:45, 3 Mar 2026Updated09:12, 4 Mar 2026",
                                   "Fri 21 Feb 2025 07.30 GMTLast updated on Fri 21 Feb 2025 11.02 GMT"])
def test_a_date_run_together_with_its_time_or_update_is_a_time_stamp(stamp):
    a = article(HEADLINE, "By Jane Doe", stamp, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and kinds(a) == ["H2:Next Steps", "P"]
    b = article(HEADLINE, "A standfirst that says what happened, without a stop", "By Jane Doe", stamp, "", "Share",
                "", LEDE, "Next Steps", BODY)
    assert b.stamps == (stamp,) and kinds(b)[:1] == ["P"]


def test_the_writers_address_under_the_byline_is_no_summary():
    a = article(HEADLINE, "By Dana Whitcomb", "dwhitcomb@northshoreherald.example", "Updated June 22, 2025", LEDE, BODY)
    assert (a.byline, a.summary) == ("By Dana Whitcomb", LEDE)


def test_a_label_of_a_few_words_over_a_box_is_never_the_summary():
    a = article(HEADLINE, "By Daniel Kimani", "What you need to know:", "- The levy is suspended.",
                "- The case returns in May.", LEDE, BODY)
    assert a.summary == LEDE


def test_a_live_blogs_dated_entry_stamps_are_headings():
    stamps = ["Mar 02, 2026 18:12 IST", "Mar 02, 2026 17:49 IST", "Mar 02, 2026 17:20 IST"]
    a = article(HEADLINE, "By Jane Doe", "Updated Mar 02, 2026 18:30 IST", LEDE, stamps[0], BODY, stamps[1], BODY,
                stamps[2], BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [f"H2:{s}" for s in stamps]


def test_one_dated_line_in_the_text_is_no_heading():
    a = article(HEADLINE, LEDE, "Mar 02, 2026 18:12 IST", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_short_lines_after_the_last_paragraph_with_only_furniture_after_are_tags():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Housing", "Rental market",
                "Join The Irish Times on WhatsApp and stay up to date", "© 2025 The Irish Times DAC")
    assert [(f.kind, f.text) for f in a.furniture][:2] == [("topic tags", "Housing"), ("topic tags", "Rental market")]
    assert kinds(a) == ["H2:Next Steps", "P"]


def test_a_signature_at_the_end_is_no_tags():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Margaret Ellison", "Northfield")
    assert not [f for f in a.furniture if f.kind == "topic tags"]


def test_a_bodys_name_over_its_own_headline_is_a_label():
    """A public body's site name in Title Case over a sentence-case headline without a stop,
    right over the date: the site's name and the headline, not a headline and its standfirst."""
    headline = "Visiting restrictions eased on three wards as norovirus cases fall at Royal Eastfield"
    a = article("Eastfield and Wyre Hospitals NHS Foundation Trust", headline, "Published: 10 March 2025", LEDE, BODY)
    assert (a.title, a.summary) == (headline, LEDE)


def test_tags_under_a_bare_tags_label_are_furniture_one_a_line():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Tags:", "Pune Municipal Corporation", "water cut", "Khadakwasla")
    assert [(f.kind, f.text) for f in a.furniture] == [("topic tags", t) for t in (
        "Tags:", "Pune Municipal Corporation", "water cut", "Khadakwasla")]
    assert kinds(a) == ["H2:Next Steps", "P"]


def test_a_footnote_marked_with_an_asterisk_is_no_heading():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "| Game | Date |", "| 6* | May 3 |", "*If necessary", BODY)
    assert "H2:*If necessary" not in kinds(a) and [k for k in kinds(a) if k.startswith("H")] == ["H2:Next Steps"]


@pytest.mark.parametrize("lines", [
    ("[2025] UKSC 11", "Judgment date: 6 May 2025", "Background", LEDE),  # a citation, then a factbox
    ("Reporting period: 12–18 March 2025", "HIGHLIGHTS", "- Roads reopened.", "- Cases rose.", "Overview", LEDE),
])
def test_the_summary_is_running_text_never_a_citation_or_a_label_line(lines):
    assert article(HEADLINE, *lines, BODY).summary == LEDE


def test_a_section_name_joined_by_an_ampersand_over_the_byline_is_no_headline():
    a = article("Space & Physics", "By Oren Castellanos", "March 11, 2025 · Updated March 12, 2025", LEDE, BODY)
    assert a.summary == LEDE and a.title != "Space & Physics"
    assert ("kicker", "Space & Physics") in [(f.kind, f.text) for f in a.furniture]


def test_a_three_word_headline_over_a_standfirst_sentence_under_a_trail_of_crumbs():
    standfirst = "Advice for British nationals travelling to Portugal, including wildfire risk and entry requirements."
    a = article("Home", "Passports, travel and living abroad", "Travel abroad", "Foreign travel advice",
                "Portugal travel advice", standfirst, "Still current at: 22 July 2025", "Updated: 18 July 2025",
                "Warnings and insurance", BODY)
    assert (a.title, a.summary) == ("Portugal travel advice", standfirst)
    assert kinds(a) == ["H2:Warnings and insurance", "P"]


def test_a_section_that_counts_its_parts_holds_that_many_headings():
    """"made up of five parts" (or "The Five Parts of ..."): the next five headings are its
    subsections, the heading after them back at its level; a year's number is no count."""
    parts = ["The Eyesight Check", "Show Me, Tell Me Questions", "General Driving Ability", "Reversing Manoeuvres",
             "Independent Driving"]
    lines = [HEADLINE, LEDE, "Before the Test", BODY, "The Parts of the Test",
             "The drive lasts around 40 minutes and is made up of five parts."]
    for part in parts:
        lines += [part, BODY]
    a = article(*lines, "After the Test", BODY)
    assert [(s.level, s.heading) for s in a.sections] == [(2, "Before the Test"), (2, "The Parts of the Test")] + [
        (3, p) for p in parts] + [(2, "After the Test")]
    b = article(HEADLINE, LEDE, "Year 3", "You choose from the Year 3 options list.", "Assessment", BODY,
                "Progression Rules", BODY, "Help and Support", BODY)
    assert {s.level for s in b.sections} == {2}
    # A paragraph that tells its parts in turn ("First, ... Second, ...") heads none of them.
    c = article(HEADLINE, LEDE, "What has changed?", "Four things. First, the right is now a day-one right. Second, "
                "two requests a year are allowed.", "Does an employer have to say yes?", BODY, BODY,
                "What does consultation mean?", BODY, BODY, "Where will the disputes be?", BODY, BODY,
                "What now?", BODY, BODY)
    assert {s.level for s in c.sections} == {2}
    # Parts numbered in turn from 1 under the heading that counts them are its parts too.
    d = article(HEADLINE, LEDE, "Three things we learned", BODY, "1. Dunleavy is ready for the big stage", BODY,
                "2. Sydney's midfield depth is being tested", BODY, "3. The Hawks can win ugly", BODY, "Scores", BODY)
    assert [s.level for s in d.sections] == [2, 3, 3, 3, 2]


def test_headings_opening_on_one_word_hold_one_other_among_them():
    a = article(HEADLINE, LEDE, "Programme Overview", BODY, "Programme structure", BODY, "Year 1", BODY, "Year 2", BODY,
                "Placement year (optional)", BODY, "Year 3", BODY, "Assessment", BODY)
    assert [s.level for s in a.sections] == [2, 2, 3, 3, 3, 3, 2]


def test_a_name_over_a_read_time_under_the_headline_is_the_byline():
    a = article("railnews-europa.eu", HEADLINE, "Henrike Adamczyk", "6–8 minutes", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Henrike Adamczyk", LEDE)
    assert kinds(a) == ["H2:Next Steps", "P"]


def test_a_date_line_may_hold_several_dates_among_labels():
    from build_tools.parse.text import is_stamp
    assert is_stamp("Published Mar 04, 2025  •  Last updated 3 hours ago  •  4 minute read")
    assert not is_stamp("Nine people • Two hours • One table")
    assert is_stamp("Opened 10 March 2025") and is_stamp("Closes 30 April 2025") and is_stamp("Answered on 11 March 2025")
    assert not is_stamp("Opened in 1962, the school has lost half its pupils")
    assert is_stamp("Week ending Friday 6 March 2026") and not is_stamp("Week ending with a bang")
    assert is_stamp("Midland Daily · 2h ago") and is_stamp("Posted 3d ago") and not is_stamp("The 2m race")
    # a read time glued to the date line after it, as a wire's page copies
    assert is_stamp("4 min readApril 9, 20253:41 PM GMTUpdated 2 hours ago") and not is_stamp("4 min read about the war")
    # and one glued after it ("2 hours ago4 min read" was the headline over the byline, the real one a kicker)
    assert is_stamp("2 hours ago4 min read") and is_stamp("Thursday, 6 March 2025, 7:15 am5 min read")
    assert not is_stamp("Chapter4 min read")


def test_what_a_date_line_dates_may_stand_before_it_never_a_heading():
    """"Prices updated 1 October 2025" over the price table dates the page; "Schools closed 4 March
    2026" tells news, and a comment's "posted on" line is the comment's."""
    from build_tools.parse.text import is_stamp
    for line in ("Prices updated 1 October 2025", "Rates checked 4 March 2026 at 09:00", "Review posted Mar 4, 2026",
                 "Data collected 9–20 February 2026", "Stats correct as of November 18, 2025"):
        assert is_stamp(line), line
        a = article(HEADLINE, LEDE, "Next Steps", BODY, line, "| Band | Price |", "| A | £5 |")
        assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Next Steps"], line
    assert not is_stamp("Schools closed 4 March 2026") and not is_stamp("Hostages released 19 January 2025")
    assert not is_stamp("Album released 4 July 1985")
    assert not is_stamp("Comment by Graham Lowe posted on 4 March 2026")


def test_a_post_opening_on_a_trail_then_its_writer_and_time_has_its_headline_below():
    standfirst = "Replacement buses every 10 minutes between Quayside and Elm Park; allow an extra 25 minutes"
    headline = "Harbour Line closes for nine days of track renewal from 15 March"
    a = article("Corvane Group – All staff > Announcements", "Marta Kovač", "04/03 09:41", headline, standfirst,
                LEDE, "Replacement buses", BODY)
    assert (a.title, a.summary, a.byline) == (headline, standfirst, "Marta Kovač")
    assert [f.text for f in a.furniture] == ["Corvane Group – All staff > Announcements"]


@pytest.mark.parametrize("controls", [("Show Caption", "Hide Caption"), ("Open this photo in gallery:",)])
def test_the_sentence_under_a_pictures_caption_control_is_its_caption(controls):
    caption = "Students head to class at Ridgeline Middle School on Nov. 12, 2025. The district cut absence by 6 points."
    a = article(HEADLINE, *controls, caption, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, kinds(a)) == (HEADLINE, LEDE, ["H2:Next Steps", "P"])
    assert [(f.kind, f.text) for f in a.furniture] == [("page control", c) for c in controls] + [
        ("photo credit or caption", caption)]


def test_readers_comments_under_a_blogs_comment_count_are_furniture():
    comments = ["Pat Henshaw", "September 3, 2025 at 9:14 pm", "Six against, six for. Says it all really.", "Reply",
                "Dave Morley", "September 4, 2025 at 7:52 am", "We need the houses though.",
                "My kids can't afford anything round here.", "Reply"]
    a = article(HEADLINE, LEDE, "Next Steps", BODY, '2 thoughts on "Mill Lane homes approved"', *comments,
                "Leave a Reply")
    assert kinds(a) == ["H2:Next Steps", "P"]
    assert [f.text for f in a.furniture if f.kind == "reader comment"] == [c for c in comments if c != "Reply"]


@pytest.mark.parametrize("labels", [
    ("Joanna Birch (00:00:31):", "Arjun Pillai (00:01:02):", "Dana Ferris (00:04:47):"),
    ("Fiona Achterberg (North Wessex Downs, Liberal Democrat)", "Daniel Osei-Mensah (The Minister for Local Transport)",
     "Fiona Achterberg (North Wessex Downs, Liberal Democrat)"),
])
def test_a_transcripts_speaker_labels_are_no_headings(labels):
    lines = [HEADLINE, LEDE, "Presentation", BODY, "[Applause]"]
    for label in labels:
        lines += [label, "We saw demand rise in every region, and we expect it to hold through the winter months."]
    a = article(*lines)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Presentation"]


def test_a_wikis_title_among_its_controls_is_the_subject_its_lede_opens_on():
    lede = ("Marta Kell (12 May 1951 – 8 October 2019) was an Estlandic structural engineer. "
            "She designed the Tarvas ring road bridges.")
    a = article("Wikipedia", "Search", "Marta Kell", "Article Talk", "Language", "Edit", "", lede, "", "Career", BODY)
    assert a.title == "Marta Kell" and a.summary == lede
    assert "Marta Kell" not in [f.text for f in a.furniture]
    # a control that is no subject of the lede stays furniture, and the title the lede's words
    b = article("Wikipedia", "Search", "Article Talk", "Language", "Edit", "", lede, "", "Career", BODY)
    assert b.title != "Article Talk" and "Article Talk" in [f.text for f in b.furniture]
    # a story's lede opening on a control's word says no subject's name: "Football is back ..."
    story = "Football is back this weekend after the international break, with six games."
    c = article("Wikipedia", "Search", "Football", "Article Talk", "Language", "Edit", "", story, "", "Career", BODY)
    assert c.title != "Football"


def test_a_wikis_subject_after_one_word_and_its_epigraph_name_the_title_and_summary():
    lede = "Captain Orla Venn is a major character in the Tidebound novels by Eskel Marrow."
    epigraph = ('"The tide owes no one an apology."', "— Orla Venn, to the harbour council")
    a = article("Tidebound Wiki", "Explore", "Characters", "Orla Venn", "Sign in to edit", "Edit source", "Talk (4)", "",
                *epigraph, "", lede, "", "History", BODY)
    assert a.title == "Orla Venn" and a.summary == lede
    assert {"Sign in to edit", "Edit source", "Talk (4)"} <= {f.text for f in a.furniture}
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:History"]
    # the lede's subject after "The"; a subject of two words elsewhere names no control
    b = article("Emberfall Wiki", "Explore", "Lore", "Factions", "Characters", "Vale Wardens", "Sign in to edit", "Share", "", *epigraph, "",
                "The Vale Wardens are a military order that guards the passes of the Vale.", "", "History", BODY)
    assert b.title == "Vale Wardens"
    c = article("Emberfall Wiki", "Explore", "Lore", "Factions", "Characters", "Wardens", "Sign in to edit", "Share", "",
                "Old Vale Wardens are a rare sight in the passes of the Vale these days.", "", "History", BODY)
    assert c.title != "Wardens"
    # a quotation without its speaker's line under it may be the lede
    quote = '"We will rebuild the bridge by spring," the council leader told residents on Monday.'
    assert article(HEADLINE, quote, "", "History", BODY).summary == quote

def test_a_groups_labelled_title_over_its_fields_is_a_heading_and_a_run_of_fields_is_text():
    groups = [("Opening Night: 'The Salt Parliament'", "Corn Exchange, Main Hall", "7pm"),
              ("Live Recording: 'Pilot Season'", "The Boathouse Theatre", "9.30pm"),
              ("In Conversation: Wilhelmina Achterberg", "Corn Exchange, Main Hall", "2pm")]
    lines = [HEADLINE, LEDE, "Friday Highlights", BODY]
    for title, venue, time in groups:
        lines += ["", title, f"Venue: {venue}", f"Time: {time}", BODY]
    assert [k[3:] for k in kinds(article(*lines)) if k.startswith("H")] == ["Friday Highlights"] + [
        title for title, _, _ in groups]
    # one field said once among the others titles no group: "Makes:" where the other recipes say "Serves:"
    recipes = [HEADLINE, LEDE]
    for name, amount in (("Oat biscuits", "Makes: 12 biscuits"), ("Lentil soup", "Serves: 4"), ("Flatbreads", "Serves: 6")):
        recipes += ["", name, "", amount, "Prep: 15 mins", "Cook: 40 mins", BODY]
    assert not [k for k in kinds(article(*recipes)) if k.startswith(("H2:Makes", "H3:Makes"))]
    events = [HEADLINE, LEDE, "This Weekend", BODY]
    for when, where in (("Friday, 5pm", "Cattle Market Road"), ("Saturday, 11am", "Various venues")):
        events += ["", f"When: {when}", f"Where: {where}", "Price: Free", BODY]
    assert not [k for k in kinds(article(*events)) if k.startswith(("H2:W", "H3:W"))]


def test_a_speakers_turn_with_a_time_code_in_brackets_is_no_heading():
    """A transcript's time code, alone, with its fraction or as a range; a time of day in brackets,
    "Keynote (9:30am)", may be an agenda's item and is left to the other rules."""
    statement = "We saw demand rise in every region, and we expect it to hold through the winter months."
    a = article(HEADLINE, LEDE, "", "Opening statements", "", "Helen Marsh (00:14:02.120)", statement, "",
                "Owen Briggs (00:16:40)", statement, "", "Dana Ferris (00:19:02 – 00:21:40)", statement)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Opening statements"]


def test_a_place_with_its_starting_time_in_brackets_is_a_heading_not_a_speakers_turn():
    a = article(HEADLINE, LEDE, BODY, "", "Order of play", "", "Centre Court (from 13:00 GMT)", "• Ada Larkin v Yuki Morimoto",
                "• Tunde Adeyemi v Enzo Bassano", "", "Court One (from 13:00 GMT)", "• Hugo Valcourt v Milos Drăgan",
                "• Sofia Brenner v Anouk Visser", "", "Latest", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Order of play", "H3:Centre Court (from 13:00 GMT)", "H3:Court One (from 13:00 GMT)", "H2:Latest"]


def test_a_reporters_labelled_question_at_a_press_conference_is_no_faq():
    a = article(HEADLINE, LEDE, "Questions from reporters", BODY,
                "Reporter (CBN Radio): Premier, were residents told they might be home by Sunday?", "We hope so.",
                "Reporter (Le Nordiste): Commissioner, are you getting all the aircraft you asked for?", "Yes.",
                "Reporter (The Courier): Some evacuees say the alert came late. What went wrong?", "We are reviewing it.")
    assert not [k for k in kinds(a) if k.startswith("FAQ")]


def test_a_name_dash_role_byline_and_a_place_in_capitals_beyond_ascii():
    standfirst = "Changes take effect on 1 August and aim to curb phone-theft fraud across the country."
    a = article("Economy", HEADLINE, standfirst, "Luana Ribeiro - ABN Reporter",
                "Published on 02/04/2025 - 17:45 | Updated on 02/04/2025 - 19:10", "BRASÍLIA", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.byline, a.dateline) == (HEADLINE, standfirst, "Luana Ribeiro - ABN Reporter",
                                                          "BRASÍLIA")


def test_a_publishers_reuse_terms_at_the_foot_are_its_copyright_but_not_in_the_text():
    terms = "Republish our content. All ABN content may be reproduced free of charge, provided the source is credited."
    a = article(HEADLINE, LEDE, "Next Steps", BODY, terms)
    assert [(f.kind, f.text) for f in a.furniture] == [("copyright", terms)]
    said = "The court heard the photos may not be reproduced without the written permission of the family."
    b = article(HEADLINE, LEDE, said, *[BODY] * 14)
    assert not b.furniture


@pytest.mark.parametrize("heading", ["Blue bin: mixed recycling", "Design: heavy, quiet, a little fussy",
                                     "The storm: what we know"])
def test_a_label_and_title_line_alone_over_running_text_is_a_heading(heading):
    paragraph = ("Paper, card, cans, tins and plastic bottles go in the blue bin, rinsed and loose rather than "
                 "in bags, and it is emptied every other week on the same day as before.")
    a = article(HEADLINE, LEDE, heading, paragraph, "Next Steps", BODY)
    assert f"H2:{heading}" in kinds(a)


def test_term_lines_of_a_factbox_and_a_reviewers_credit_stay_body_text():
    a = article(HEADLINE, LEDE, "Venue: Hampden Park", "Kick-off: eight in the evening", "Referee: Anna Petrova", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, "Reviewed by: Farah Iqbal, chartered insurance practitioner", BODY * 3)
    assert not [k for k in kinds(b) if k.startswith("H")]


def test_a_recipes_yield_is_no_heading():
    a = article(HEADLINE, LEDE, "Serves 4", "Heat the oven to 200C and line a large tray with paper.", "Method", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Method"]


def test_an_asking_section_with_an_introduction_holds_the_short_headings_under_it():
    """"How much will I pay?" over "Direct debit customers", "Prepayment meters", up to the
    next asking heading; at the foot only once the article has nested so before."""
    intro = "That depends on how you pay and how much energy you use."
    a = article(HEADLINE, LEDE, "What is the price cap?", BODY, "How much will I pay?", intro,
                "Direct debit customers", BODY, "Prepayment meters", BODY, "Should I fix my deal?", BODY,
                "What help is available?", intro, "Warm Home Discount", BODY, "Priority Services Register", BODY)
    assert [s.level for s in a.sections] == [2, 2, 3, 3, 2, 2, 3, 3]
    b = article(HEADLINE, LEDE, "What is changing?", BODY, "Why are we making these changes?", intro,
                "Tickets", BODY, "Accessible travel", BODY)
    assert {s.level for s in b.sections} == {2}
    # A section holding more than an introduction (a list) is a full section of its own.
    c = article(HEADLINE, LEDE, "Why are we closing?", BODY, "What this means for you", "- No need to call",
                "- Clubs are cancelled", "Remote learning", BODY, "Free school meals", BODY, "When will we reopen?", BODY)
    assert {s.level for s in c.sections} == {2}


def test_a_date_then_a_section_label_is_a_date_line_not_a_label_then_a_date():
    from build_tools.parse.text import is_stamp
    assert is_stamp("Nov 24, 2025 - Economy & Business") and is_stamp("4 March 2025 – Politics")
    assert not is_stamp("Newsletter – Friday 7 March 2025")  # a newsletter's name for its issue
    a = article(HEADLINE, "Kiara Blount", "Nov 24, 2025 - Economy & Business", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Kiara Blount", LEDE)


def test_a_bare_listen_or_watch_is_a_player_control_not_a_label_over_links():
    a = article("Listen", HEADLINE, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert [(f.kind, f.text) for f in a.furniture] == [("page control", "Listen")]


def test_a_one_link_trail_with_an_arrow_is_never_the_headline():
    a = article("Home insurance › Guides", LEDE, "Next Steps", BODY)
    assert a.title != "Home insurance › Guides"
    assert ("navigation menu", "Home insurance › Guides") in [(f.kind, f.text) for f in a.furniture]  # a breadcrumb


def test_a_breadcrumb_is_never_the_headline():
    a = article("St Bride's Primary School", "Parents › Newsletters › 2024–25", "Spring Term 2025 · Issue 22",
                LEDE, "Attendance", BODY)
    assert a.title != "Parents › Newsletters › 2024–25"


def test_a_name_or_team_over_its_email_or_telephone_is_no_heading():
    from build_tools.parse.text import is_contact
    assert is_contact("Telephone: 01632 960 301 (out of hours via switchboard)") and is_contact("press@oem.example.org.uk")
    assert not is_contact("Call 999 in an emergency") and not is_contact("2024-25 budget")
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Retail Sales team", "retail.sales@statistics.example",
                "Telephone: +44 1633 456 780")
    assert kinds(a)[:2] == ["H2:Next Steps", "P"] and "H2:Retail Sales team" not in kinds(a)
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "Priya Raman", "Partner", "+44 20 7946 0312")
    assert "H2:Priya Raman" not in kinds(b)
    # A heading over the team's name still heads the contact details.
    c = article(HEADLINE, LEDE, "Next Steps", BODY, "Contact details for this release", "Waste statistics team",
                "stats.waste@northmoor.example.gov.uk", "Telephone: 01632 960 902")
    assert "H2:Contact details for this release" in kinds(c)


def test_labelled_parts_share_a_level_by_their_label():
    """"Part 1 – ..." over "Section A: ...", the sections' letters counting again in each part;
    steps are left to the section that holds them."""
    a = article(HEADLINE, LEDE, "Part 1 – Who needs a licence", BODY, "Section A: Whole-home lets", BODY,
                "Section B: Rooms in your own home", BODY, "Part 2 – Conditions", BODY, "Section A: Safety and fire precautions", BODY,
                "Part 3 – Enforcement and penalties", BODY, "Part 4 – Key dates", BODY, "Glossary", BODY)
    assert [s.level for s in a.sections] == [2, 3, 3, 2, 3, 2, 2, 2]
    b = article(HEADLINE, LEDE, "Section A – Registration", BODY, "A1. Who must register", BODY,
                "A2. Cost and renewal", BODY, "Section B – Where and how high", BODY, "B1. Height limit", BODY,
                "Section C – Penalties", BODY)
    assert [s.level for s in b.sections] == [2, 3, 3, 2, 3, 2]
    c = article(HEADLINE, LEDE, "Step 1 – Register", BODY, "How to apply", "Step 1 – Check your status", BODY,
                "Step 2 – Send the form", BODY)
    assert [s.level for s in c.sections] == [2, 2, 3, 3]


def test_reviewed_by_with_no_other_writer_is_the_critics_byline():
    a = article(HEADLINE, "Reviewed by Jonah Whitcombe", "Posted Nov 4, 2024 4:00 pm", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Reviewed by Jonah Whitcombe", LEDE)
    b = article(HEADLINE, "Reviewed by Amira Doss", "Written by Jordan Kessler", LEDE, "Next Steps", BODY)
    assert b.byline == "Written by Jordan Kessler"  # the writer's; the reviewer checked the facts


def test_a_books_or_products_details_are_no_heading():
    a = article(HEADLINE, LEDE, "The Drowned Orchard, by Leila Amsel", "Harbour Books, £10.99, 288pp", BODY,
                "Salt Year, by Tomasz Wren", "Greyline Books, 248 pages, $25", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:The Drowned Orchard, by Leila Amsel",
                                                          "H2:Salt Year, by Tomasz Wren"]


def test_pros_and_cons_are_the_halves_of_the_verdict_above_them():
    a = article(HEADLINE, LEDE, "Design", BODY, "Our verdict", BODY, "Pros", "- Bright screen", "Cons", "- Heavy",
                "Price and availability", BODY)
    assert [s.level for s in a.sections] == [2, 2, 3, 3, 2]
    b = article(HEADLINE, LEDE, "THE VERDICT", BODY, "THE GOOD", "- Atmosphere", "THE BAD", "- Combat")
    assert [s.level for s in b.sections] == [2, 3, 3]


def test_a_letters_signer_under_its_text_is_no_heading():
    letter = "A town that closes its library on a Saturday is telling its young people it has nowhere to go."
    a = article(HEADLINE, LEDE, "Library cuts are a false economy", letter, "Margaret Pell, Harrowby",
                "Bypass traffic figures don't add up", letter, "Graham and Pauline Fenwick, Stowe Cross",
                "Let's hear it for the queue", letter, "Dr Ian Cole, Netherby")
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Library cuts are a false economy", "H2:Bypass traffic figures don't add up", "H2:Let's hear it for the queue"]
    # Over running text, a name and a place may head a section ("Buenos Aires, Argentina").
    b = article(HEADLINE, LEDE, "Buenos Aires, Argentina", letter + " " + LEDE, "Santiago, Chile", letter + " " + LEDE)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Buenos Aires, Argentina", "H2:Santiago, Chile"]


def test_the_name_under_an_author_label_is_the_byline():
    a = article(HEADLINE, "Author of the article:", "Rebecca Tolliver", "Published Mar 04, 2025", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Rebecca Tolliver", LEDE)
    assert ("byline label", "Author of the article:") in [(f.kind, f.text) for f in a.furniture]
    assert kinds(a) == ["H2:Next Steps", "P"]
    b = article(HEADLINE, "Author of the article: Benoît Leclair", "Published Mar 04, 2025", LEDE, BODY)
    assert (b.title, b.byline) == (HEADLINE, "Author of the article: Benoît Leclair")  # the name on the label's line


def test_a_bare_topics_label_over_two_tags_or_more_is_furniture():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Topics", "maharashtra hsc result", "board exam results", "pune")
    assert kinds(a) == ["H2:Next Steps", "P"]
    assert [f.kind for f in a.furniture] == ["topic tags"] * 4
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "Follow related authors and topics", "Grocery retail", "Food prices")
    assert kinds(b) == ["H2:Next Steps", "P"]


def test_headlines_in_a_row_after_the_last_paragraph_are_links_to_other_stories():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Calgary council approves new bike lanes on 12 Avenue",
                "Flames sign defenceman to two-year extension", "This week in flyers", "Share this article")
    assert kinds(a) == ["H2:Next Steps", "P"]
    assert [f.kind for f in a.furniture] == ["link to another story"] * 3 + ["share prompt"]
    # With nothing after them they may be the article's own last lines: a poem's, a signer's.
    poem = article(HEADLINE, LEDE, "The poem", BODY, "And still the river keeps its counsel",
                   "Beneath the bridges of the town")
    assert not poem.furniture
    # A table's rows, or a factbox's "Term: value" lines, are never taken so.
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "Best for: readers of social history and census buffs",
                "Skip if: you want a technical guide to census methods")
    assert not b.furniture


def test_a_headline_over_its_date_of_publication_after_the_story_is_a_link_to_another_story():
    """"Warning over late diagnosis of pancreatic cancer" over "Published 12 January", with no
    text of its own: another story's link, however it is followed (dev 7 fewer false headings,
    holdout 12)."""
    body = "Members voted 7 to 2 in favour, and the mayor signed the budget into force the next morning."
    a = article(HEADLINE, LEDE, body, "Why are some school buildings still closed?", "Published 12 January",
                "Council sets out repairs for next year", "Posted on: Mar 2, 2026", "Top stories")
    assert kinds(a)[:1] == ["P"] and not [k for k in kinds(a) if k.startswith("H")]
    assert [f.text for f in a.furniture][:4] == ["Why are some school buildings still closed?", "Published 12 January",
                                                 "Council sets out repairs for next year", "Posted on: Mar 2, 2026"]
    # The article's own headline over its date, under a standfirst or over one, heads it.
    b = article(HEADLINE, LEDE, "Published 12 January", body, body)
    assert b.title == HEADLINE and not b.furniture
    # A section with text under its date is a section.
    c = article(HEADLINE, LEDE, body, "The repairs", "Published 12 January", body)
    assert "H2:The repairs" in kinds(c)


def test_subsections_of_one_family_end_at_a_heading_of_none_of_it():
    """"How to wear it" over "For the office", "For the weekend", "For evening": "Shop the
    edit" after them is the next section, not a fourth part."""
    a = article(HEADLINE, LEDE, "Where did it come from", BODY, "How to wear it", "For the office", BODY,
                "For the weekend", BODY, "For evening", BODY, "Shop the edit", BODY, "The beauty version", BODY)
    assert [s.level for s in a.sections] == [2, 2, 3, 3, 3, 2, 2]
    b = article(HEADLINE, LEDE, "TEAM NEWS", "BRAZIL", BODY, "JAPAN", BODY, "LAST FIVE MEETINGS", BODY)
    assert [s.level for s in b.sections] == [2, 3, 3, 2]


def test_a_pipe_tables_row_with_slashes_in_its_cells_is_never_a_menu():
    a = article(HEADLINE, LEDE, "Specs", "Spec | Vetra 5 | Vetra 5 Pro", "--- | --- | ---", "Memory | 8GB | 12GB",
                "Storage | 128GB / 256GB | 256GB / 512GB", "Battery | 5,000mAh | 5,500mAh", BODY)
    assert not a.furniture
    table = a.sections[0].blocks[0]
    assert [row[0] for row in table.rows] == ["Memory", "Storage", "Battery"]


def test_a_shell_command_or_a_hashed_comment_is_no_heading():
    a = article(HEADLINE, LEDE, "Step 1 — Install the CLI", "Install it globally:", "$ npm install -g @fathom/cli",
                "Check it worked:", "$ fathom --version", "# Astro example: build output goes to dist/",
                "Then deploy the folder.", "Step 2 — Log in", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Step 1 — Install the CLI", "H2:Step 2 — Log in"]


def test_a_question_set_apart_over_its_answer_ends_a_rail_of_links():
    answer = ("Yes. The ruling sends the case back to the circuit court, where prosecutors can try him again "
              "or ask the state's highest court to review the decision.")
    a = article(HEADLINE, LEDE, "RELATED COVERAGE", "Man sentenced to life in neighbor's shooting death",
                "Lawmakers weigh changes to self-defense law", "", "Could he face a new trial?", "", answer)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Could he face a new trial?"]


def test_a_spaced_series_of_day_titles_heads_its_sections_even_over_a_factbox_line():
    a = article(HEADLINE, LEDE, "DAY ONE: INVERNESS TO ULLAPOOL", "Drive: 57 miles, about 1 hour 20 minutes", BODY,
                "DAY TWO: ULLAPOOL TO LOCHINVER", "Drive: 37 miles, about 1 hour 15 minutes", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:DAY ONE: INVERNESS TO ULLAPOOL",
                                                          "H2:DAY TWO: ULLAPOOL TO LOCHINVER"]
    # A schedule's lines in a row are its text.
    b = article(HEADLINE, LEDE, "Itinerary", "Day 1: Arrive in Lima", "Day 2: Fly to Cusco", "Day 3: Sacred Valley", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Itinerary"]


def test_words_and_photos_by_is_a_byline():
    a = article(HEADLINE, "Words and photos by Callum Rennie", "Updated March 2025", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Words and photos by Callum Rennie", LEDE)


def test_a_name_under_the_standfirst_over_a_job_title_is_the_byline():
    standfirst = "From 1 May, every paid plan gets at least twice the storage, and add-on packs are retired."
    a = article(HEADLINE, standfirst, "Hannah Mbeki", "Head of Product", "April 10, 2025", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary, a.byline) == (HEADLINE, standfirst, "Hannah Mbeki")
    assert kinds(a)[-2:] == ["H2:Next Steps", "P"] and "H2:April 10, 2025" not in kinds(a)


def test_a_sponsors_box_from_its_label_to_its_button_is_an_advertisement():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Sponsored partner", "WarmWise Insulation",
                "Free survey. Government-backed grants available for eligible homes.", "Get a quote",
                "Insulation", BODY)
    assert kinds(a) == ["H2:Next Steps", "P", "H2:Insulation", "P"]
    assert [f.kind for f in a.furniture] == ["advertisement"] * 4
    # A sponsored article's own headline and standfirst have no button under them.
    b = article("Sponsored content", HEADLINE, LEDE, "Advertisement", "Next Steps", BODY)
    assert (b.title, b.summary) == (HEADLINE, LEDE)


def test_a_byline_may_name_a_team_with_an_ampersand_and_a_recipes_times_are_no_headings():
    a = article(HEADLINE, "By the Skillet & Spoon Editors", "June 24, 2025", LEDE, "Next Steps", BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "By the Skillet & Spoon Editors", LEDE)
    b = article(HEADLINE, LEDE, "Method", "Prep 15 min", "Cook 50 min", "Serves 4", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Method"]


def test_kinds_of_one_thing_under_a_heading_about_it_are_its_subsections():
    a = article(HEADLINE, LEDE, "How much does a loft conversion cost?", BODY, "Types of loft conversion", BODY,
                "Rooflight conversion", BODY, "Dormer conversion", BODY, "Mansard conversion", BODY,
                "Do you need planning permission?", BODY)
    assert [s.level for s in a.sections] == [2, 2, 3, 3, 3, 2]
    # The first of the kinds is no parent of the others.
    b = article(HEADLINE, LEDE, "Rooflight conversion", BODY, "Dormer conversion", BODY, "Mansard conversion", BODY)
    assert {s.level for s in b.sections} == {2}
    # A question is no kind, however it ends ("... my state pension?").
    c = article(HEADLINE, LEDE, "How much is the state pension rising", BODY, "New state pension", BODY,
                "Basic state pension", BODY, "Will I pay tax on my state pension?", BODY)
    assert [s.level for s in c.sections] == [2, 3, 3, 2]


def test_a_how_tos_opening_section_holds_none_of_the_steps_after_it():
    a = article(HEADLINE, LEDE, "Before you start", BODY, "Step 1 — Check that you can renew online", BODY,
                "Step 2 — Take a digital photo", BODY, "Step 3 — Pay the fee", BODY)
    assert {s.level for s in a.sections} == {2}


@pytest.mark.parametrize("line", [
    "The full figures are in the council's report [see appendix]", "US/China Trade Talks", "UK/EU Trade Deal",
    "Four more years! Four more years!", "0000000000000000000000000000000000000000", "Check if you qualify",
    "Find out what's happening near you", "Letters to the editor: Readers' letters on the bridge closure",
])
def test_lines_an_article_holds_are_never_taken_for_furniture(line):
    a = article(HEADLINE, LEDE, line, BODY, "Next Steps", BODY)
    assert not a.furniture


def test_a_year_span_or_a_figure_is_no_telephone_number_and_media_contacts_head_theirs():
    a = article(HEADLINE, LEDE, "The War Years", "1939-1945", BODY, "After the war", BODY)
    assert "H2:The War Years" in kinds(a)
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "Media Contacts", "Lena Ortiz", "lena@example.org")
    assert "H2:Media Contacts" in kinds(b)


def test_a_mid_article_topics_heading_over_its_list_stays():
    a = article(HEADLINE, LEDE, "Topics", "Climate finance", "Adaptation funding",
                "The summit will also hear from ministers of the smallest island states on the cost of delay.")
    assert not a.furniture


def test_a_swot_or_a_debate_is_no_verdict_and_an_appendix_is_no_part():
    a = article(HEADLINE, LEDE, "Analysis", BODY, "Strengths", BODY, "Weaknesses", BODY, "Opportunities", BODY,
                "Threats", BODY)
    assert {s.level for s in a.sections} == {2}
    b = article(HEADLINE, LEDE, "Part 1 – Scope", BODY, "Part 2 – Fees", BODY, "Section A – Charges", BODY,
                "Appendix A – Fee table", BODY)
    assert [s.level for s in b.sections] == [2, 2, 3, 2]


def test_unnumbered_headings_between_two_numbered_sections_are_the_first_ones_subsections():
    a = article(HEADLINE, LEDE, "1. Main points", BODY, "2. Results by local authority", BODY,
                "Highest and lowest rates", BODY, "Food waste", BODY, "3. Methodology", BODY)
    assert [s.level for s in a.sections] == [2, 2, 3, 3, 2]


def test_a_quoted_post_and_its_attribution_are_the_articles_words():
    post = ("Our paper is finally out. Pico-R hits 61.4% on the hidden set, and everything is open. "
            "Thread below pic.twitter.com/qA7lMt2xKe")
    a = article(HEADLINE, LEDE, "What they found", BODY, post, "— Jonas Aeberhard (@jaeberhard_ml) March 2, 2025", BODY)
    assert not a.furniture
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "View this post on Instagram", "A post shared by Mara Lyle (@maralyle)",
                BODY)
    assert {f.text for f in b.furniture} == {"View this post on Instagram", "A post shared by Mara Lyle (@maralyle)"}


def test_numbered_questions_are_a_numbered_sections_headings_not_an_faq():
    answer = "Sixth forms and colleges often have spaces, and the school can ask the exam board for a review."
    a = article(HEADLINE, LEDE, "1. What time are results out?", answer, "2. What do the grades mean?", answer,
                "Find a tutor", "3. What if my child missed a grade?", answer, "4. How much does a review cost?", answer)
    assert not any(s.faq for s in a.sections)
    assert "H2:1. What time are results out?" in kinds(a)


def test_a_labelled_question_may_run_on_after_its_question_mark():
    a = article(HEADLINE, LEDE, "Naps and night feeds", BODY,
                "Q: When should my daughter drop her lunchtime nap? She's two and a half and fights it every day.",
                "A: Most children drop it between three and four, so keep the nap short and early.",
                "Q: Is a dream feed worth trying?", "A: For some babies it buys an extra hour of sleep.")
    faq = next(s for s in a.sections if s.faq)
    assert [q.question for q in faq.faq][0].startswith("Q: When should my daughter")
    assert len(faq.faq) == 2


def test_a_reader_poll_is_furniture_and_the_heading_after_it_stays():
    a = article(HEADLINE, LEDE, "Who can apply", BODY, "Have your say",
                "Will the payment make a difference to your family?", "Yes", "No", "Not sure", "Key dates",
                "- 1 October: applications open", "- 1 April: first payments")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Who can apply", "H2:Key dates"]
    assert [f.kind for f in a.furniture] == ["poll"] * 5
    b = article(HEADLINE, LEDE, "The candidates", BODY, "QUICK POLL", "Who has your vote for mayor?", "Whitlock",
                "Ferreira-Banks", "Still deciding", "Vote", "See results", "The race", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:The candidates", "H2:The race"]


def test_a_form_from_its_title_to_its_button_is_furniture_but_a_choice_in_the_text_is_not():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Get the Weekend Reader",
                "Our best long reads and reviews, every Saturday morning.", "Enter your email", "Sign up",
                "Insulation", BODY)
    assert kinds(a) == ["H2:Next Steps", "P", "H2:Insulation", "P"]
    assert [f.kind for f in a.furniture] == ["newsletter prompt"] * 4
    b = article(HEADLINE, LEDE, "Compare universities", "Select up to three universities to compare fees side by side",
                "Choose a university", "Add another", "Compare now", "The top 15", BODY)
    assert kinds(b) == ["H2:The top 15", "P"]
    assert [f.kind for f in b.furniture] == ["form"] * 4 + ["advertisement"]
    # With no button under it, a line asking the reader to choose is the article's.
    c = article(HEADLINE, LEDE, "How to apply", BODY, "Choose a university", "Most applicants pick five courses.")
    assert not c.furniture and kinds(c)[-1] == "P"


def test_an_advertisers_box_opens_on_its_pitch_and_ends_on_its_button():
    a = article(HEADLINE, LEDE, "Practicality", BODY, "Get a great deal on a new Kestrel Aventa",
                "Our buyers save an average of £2,870", "Find a deal", "Running costs", BODY)
    assert kinds(a) == ["H2:Practicality", "P", "H2:Running costs", "P"]
    assert [f.kind for f in a.furniture] == ["advertisement"] * 3


def test_have_your_say_over_comments_is_furniture_but_over_text_heads_a_section():
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "Have your say", "Comments are now closed on this article.")
    assert kinds(a) == ["H2:Next Steps", "P"] and [f.kind for f in a.furniture] == ["share prompt"] * 2
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "HAVE YOUR SAY",
                "You can respond online, by post or at a drop-in session before the consultation closes on 30 June.")
    assert kinds(b) == ["H2:Next Steps", "P", "H2:HAVE YOUR SAY", "P"] and not b.furniture


def test_one_word_headings_under_each_of_three_longer_ones_are_their_subsections():
    a = article(HEADLINE, LEDE, "The Julian Alps", BODY, "Bled", BODY, "Bovec", BODY, "The Karst and the coast", BODY,
                "Piran", BODY, "Izola", BODY, "The east", BODY, "Ptuj", BODY, "Maribor", BODY, "Getting around", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:The Julian Alps", "H3:Bled", "H3:Bovec", "H2:The Karst and the coast", "H3:Piran", "H3:Izola",
        "H2:The east", "H3:Ptuj", "H3:Maribor", "H2:Getting around"]
    # Twice, one-word sections after longer ones are a news story's own: "Reaction", "Timeline".
    b = article(HEADLINE, LEDE, "What happened", BODY, "Reaction", BODY, "Evacuation", BODY,
                "The investigation", BODY, "Timeline", BODY, "Analysis", BODY)
    assert {k for k in kinds(b) if k.startswith("H")} == {"H2:What happened", "H2:Reaction", "H2:Evacuation",
                                                          "H2:The investigation", "H2:Timeline", "H2:Analysis"}


INTERVIEW = ("Where did the book start?", "With my mother, really. She was seven in 1968 and never spoke of it.",
             "Did she read the finished novel?", "She read the first draft, and told me I'd got the colour wrong.",
             "How much research did you do?", "Too much. I spent weeks in the county archives.",
             "What's next?", "Something set in the present day, for once.")


def test_an_interviews_questions_answered_in_the_first_person_are_its_text():
    a = article(HEADLINE, LEDE, *INTERVIEW)
    assert kinds(a) == ["P"] * 8 and not any(s.faq for s in a.sections)
    b = article(HEADLINE, LEDE, *(f"{'Q' if k % 2 == 0 else 'A'}: {line}" for k, line in enumerate(INTERVIEW)))
    assert kinds(b) == ["P"] * 8
    # Quoted words are someone else's: an FAQ's answer may quote a resident.
    c = article(HEADLINE, LEDE, "Questions answered", "When do the works start?",
                "In May. “I can't wait,” said one resident.", "Will the road close?",
                "Only at night. “My shop stays open,” said a trader.", "Who pays?", "The council pays for the works.")
    assert [q.question for s in c.sections for q in s.faq] == ["When do the works start?", "Will the road close?", "Who pays?"]


def test_an_edited_interviews_questions_are_its_text_under_its_headings():
    """"This interview has been edited for length and clarity." says the page is an interview,
    whose questions are its text, however their answers speak ("We ...", "The quay wall ...").
    Measured: dev 91 fewer false questions, none true lost; the holdout 75 fewer false, 21
    true lost (interviews its editors marked as FAQs)."""
    answer = "The quay wall is finished and the first cranes arrived last month, so the work is on time."
    a = article(HEADLINE, LEDE, "This interview has been edited for length and clarity.", "The new terminal",
                "Is the terminal going to open next year?", answer, "Who will run it?", answer,
                "The fee", "Why keep the congestion fee?", answer, "What would success look like?", answer)
    assert kinds(a) == ["P", "H2:The new terminal", "P", "P", "P", "P", "H2:The fee", "P", "P", "P", "P"]
    assert not any(s.faq for s in a.sections)
    b = article(HEADLINE, LEDE, "The conversation has been condensed and edited.",
                "Is the terminal going to open next year?", answer, "Who will run it?", answer)
    assert not any(s.faq for s in b.sections)
    # An expert's answers to readers, and a column's letters, are no interview: they stay an FAQ.
    for note in ("Questions and answers have been edited for length.", "Letters may be edited for length and clarity."):
        c = article(HEADLINE, LEDE, note, "Your questions", "Is the terminal going to open next year?", answer,
                    "Who will run it?", answer)
        assert [q.question for s in c.sections for q in s.faq] == ["Is the terminal going to open next year?",
                                                                    "Who will run it?"], note


def test_a_buying_guides_titled_picks_head_their_items_after_a_labelled_verdict():
    pick = "The hinge folds all the way back so it becomes a chunky tablet, and a stylus is included in the box."
    a = article(HEADLINE, LEDE, "BEST OVERALL: ACERO SWIFTBOOK 14", pick, "Specs: 16GB RAM, 512GB SSD, 1.4kg",
                "Verdict: Portable, rugged and easy on the wallet.", "BEST CHROMEBOOK: PIXELLE CHROMEBOOK PLUS", pick,
                "Specs: 8GB RAM, 128GB storage, 1.3kg", "Verdict: The best value here.")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:BEST OVERALL: ACERO SWIFTBOOK 14",
                                                          "H2:BEST CHROMEBOOK: PIXELLE CHROMEBOOK PLUS"]
    # An audience member's question is a turn of speech, however it stands.
    b = article(HEADLINE, LEDE, "Audience member: Have any of you written your own?", pick,
                "Audience member: Is there anyone you refused to write about?", pick)
    assert not [k for k in kinds(b) if k.startswith("H")]


def test_a_numbered_title_after_a_recipes_last_step_is_the_next_section_not_a_step():
    text = "Coffee and tonic sounds strange until you try it: bitter, bright and very refreshing."
    a = article(HEADLINE, LEDE, "", "1. Ginger Fizz", text, "", "2. Grapefruit Paloma", text,
                "1. Fill a glass with ice.", "2. Top with soda.", "", "3. Cold Brew Tonic", text,
                "1. Pour the tonic.", "2. Float the cold brew on top.")
    assert kinds(a) == ["H2:1. Ginger Fizz", "P", "H2:2. Grapefruit Paloma", "P", "OL2", "H2:3. Cold Brew Tonic",
                        "P", "OL2"]
    # Steps that count on, each a sentence, stay one list.
    b = article(HEADLINE, LEDE, "Method", "1. Fill a glass with ice.", "2. Top with ginger beer.", "",
                "3. Stir once.", text)
    assert kinds(b) == ["H2:Method", "OL3", "P"]


def test_a_names_lower_case_particles_keep_it_title_case():
    place = "The pizzas here are blistered, soft in the middle and cost less than a coffee in Milan."
    a = article(HEADLINE, LEDE, "The old-town classics", "Pizzeria Gennarino", place, "Da Teresa alla Sanità", place,
                "Beyond the centre", "Forno Vesuviano, Vomero", place, "Pizzeria del Porto, Pozzuoli", place)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:The old-town classics", "H3:Pizzeria Gennarino", "H3:Da Teresa alla Sanità", "H2:Beyond the centre",
        "H3:Forno Vesuviano, Vomero", "H3:Pizzeria del Porto, Pozzuoli"]


def test_a_link_block_ends_at_the_heading_over_an_faq_and_new_link_labels_are_furniture():
    a = article(HEADLINE, "", LEDE, "", "Trending now", "Why your phone's weather app keeps getting the rain wrong",
                "The 12 best coastal hikes, ranked by people who did them all", "",
                "Smoke and your health: common questions", "", "How do I know if the air is bad where I live?", "",
                "Check the air quality index on the county website before you go out, and keep windows shut while it is high.", "",
                "Should I wear a mask?", "", "A well-fitted N95 mask filters most fine smoke particles outdoors, but a cloth mask does very little.", "",
                "Share via")
    assert kinds(a)[0] == "H2:Smoke and your health: common questions" and kinds(a)[-1] == "FAQ2"
    assert [f.kind for f in a.furniture] == ["link to another story"] * 3 + ["share prompt"]


def test_a_section_whose_introduction_points_on_holds_the_short_headings_after_it():
    a = article(HEADLINE, LEDE, "Treatment for plantar fasciitis",
                "If the pain has not got better, a GP may suggest one or more of these treatments.",
                "Physiotherapy", BODY, "Insoles and strapping", BODY, "Steroid injections", BODY,
                "Causes of plantar fasciitis", BODY, "Recovery", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Treatment for plantar fasciitis", "H3:Physiotherapy", "H3:Insoles and strapping", "H3:Steroid injections",
        "H2:Causes of plantar fasciitis", "H2:Recovery"]
    # Up to the article's end, the short headings may be its closing sections.
    b = article(HEADLINE, LEDE, "Why it matters", "The findings are summarised below.", "Recommendations", BODY,
                "Methodology", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Why it matters", "H2:Recommendations", "H2:Methodology"]
    # "... by day." says how the headings after it are grouped (a line-up's days: dev 3 levels more)
    c = article(HEADLINE, LEDE, "The full line-up so far", "Here is everyone confirmed at the time of writing, by day.",
                "Friday", "- The Velvet Orchards", "Saturday", "- Kessler Brass", "Sunday", "- Moth Choir",
                "How much are tickets?", BODY)
    assert [k for k in kinds(c) if k.startswith("H")] == [
        "H2:The full line-up so far", "H3:Friday", "H3:Saturday", "H3:Sunday", "H2:How much are tickets?"]


def test_an_author_box_over_its_profile_link_is_furniture_but_a_reports_authors_section_is_not():
    bio = "Harriet Okafor is a Senior Associate in our Employment team, advising retailers on workforce change."
    a = article(HEADLINE, LEDE, "Next Steps", BODY, "About the author", bio, "View Harriet's profile")
    assert kinds(a) == ["H2:Next Steps", "P"] and [f.kind for f in a.furniture] == ["author box"] * 2 + ["page control"]
    b = article(HEADLINE, LEDE, "Next Steps", BODY, "About the authors", bio)
    assert kinds(b) == ["H2:Next Steps", "P", "H2:About the authors", "P"]


def test_one_writers_box_at_the_foot_is_furniture_even_without_its_link():
    bio = "Lorna Quist is a landscape photographer based in the Welsh Marches who runs night-sky workshops."
    a = article(HEADLINE, "By Lorna Quist", LEDE, "Next Steps", BODY, "About the author", bio, "12 comments")
    assert kinds(a) == ["H2:Next Steps", "P"] and [f.kind for f in a.furniture][:2] == ["author box"] * 2
    named = article(HEADLINE, "By Lorna Quist", LEDE, "Next Steps", BODY, "ABOUT THE AUTHOR", "Lorna Quist", bio)
    assert kinds(named) == ["H2:Next Steps", "P"] and len(named.furniture) == 3
    # with the article going on under it, it is a section of the article
    c = article(HEADLINE, "By Lorna Quist", LEDE, "About the author", bio, "Next Steps", LEDE + " " + BODY)
    assert "H2:About the author" in kinds(c)
    # the writer of a book under review is no writer of the page
    d = article(HEADLINE, "By Joanna Rees", LEDE, "Next Steps", BODY, "About the author", bio)
    assert "H2:About the author" in kinds(d)


def test_an_encyclopedias_note_under_its_title_is_furniture_but_a_pointer_in_the_text_is_not():
    a = article("Dunmore Mill fire", "From Wikipedia, the free encyclopedia",
                "For the mill built on the site in 1890, see Dunmore Mill.", LEDE, "Background", BODY,
                "For the full list of victims, see Appendix B.")
    assert (a.title, a.summary) == ("Dunmore Mill fire", LEDE)
    assert [f.kind for f in a.furniture] == ["page control"] * 2 and kinds(a)[-1] == "P"


def test_a_contents_box_naming_the_pages_headings_is_furniture_and_the_title_stands_over_it():
    text = "As an employer, you have to pay Statutory Sick Pay to employees who are off sick for 4 or more days."
    a = article("Home", "Employing people", "Statutory Sick Pay (SSP): employer guide", "Printable version", "Contents",
                "- Overview", "- Entitlement", "", "1. Overview", text, "", "2. Entitlement", text)
    assert a.title == "Statutory Sick Pay (SSP): employer guide"
    assert kinds(a) == ["H2:1. Overview", "P", "H2:2. Entitlement", "P"]
    assert [f.text for f in a.furniture][-3:] == ["Contents", "- Overview", "- Entitlement"]
    # A list under "On this page" naming no heading of the page is the article's.
    b = article(HEADLINE, LEDE, "On this page", "- a map of the closures", "- the new timetable", "Next Steps", BODY)
    assert "L2" in kinds(b)


def test_a_maps_title_over_its_credit_and_control_is_furniture():
    a = article(HEADLINE, LEDE, "Route map", "Map data © OpenStreetMap contributors",
                "Click the map to open it in Google Maps", "Inverness to Ullapool", BODY)
    assert kinds(a) == ["H2:Inverness to Ullapool", "P"] and len(a.furniture) == 3


def test_a_booking_form_with_its_title_is_furniture():
    a = article(HEADLINE, LEDE, "Where to stay", BODY, "Search Algarve hotels", "Where are you going?", "Check-in date",
                "Check-out date", "When to go", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Where to stay", "H2:When to go"]


def test_a_name_and_place_over_a_table_line_is_a_listings_heading_not_a_signer():
    lines = [HEADLINE, LEDE, "", "Beyond the centre", ""]
    for name in ("Pizzeria Marelli, Chiaia", "Forno Vesuviano, Vomero", "Lo Scugnizzo, Fuorigrotta"):
        lines += [name, "Address: Via Carducci 40 | Margherita: €9 | Open daily",
                  "My childhood pizzeria, still run by the same family. Try the pizza with friarielli.", "View on map", ""]
    a = article(*lines)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Beyond the centre", "H3:Pizzeria Marelli, Chiaia", "H3:Forno Vesuviano, Vomero", "H3:Lo Scugnizzo, Fuorigrotta"]


def test_a_numbered_section_opening_on_a_subsection_over_bullets_is_one_of_the_series():
    text = "Pyrexol Junior contains fenaprol, which belongs to a group of medicines called painkillers."
    a = article("PYREXOL JUNIOR 120 mg/5 ml ORAL SUSPENSION", text, "1. WHAT PYREXOL JUNIOR IS AND WHAT IT IS USED FOR",
                text, "2. BEFORE YOU GIVE PYREXOL JUNIOR TO YOUR CHILD", "Do not give Pyrexol Junior",
                "• if your child is allergic to fenaprol", "• to babies under 2 months old",
                "Taking other medicines", text, "3. HOW TO GIVE PYREXOL JUNIOR", text)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:1. WHAT PYREXOL JUNIOR IS AND WHAT IT IS USED FOR", "H2:2. BEFORE YOU GIVE PYREXOL JUNIOR TO YOUR CHILD",
        "H3:Do not give Pyrexol Junior", "H3:Taking other medicines", "H2:3. HOW TO GIVE PYREXOL JUNIOR"]


def test_a_long_body_name_over_its_breadcrumb_is_the_sites_header_not_the_title():
    a = article("Northfield and Carrow Hospitals NHS Foundation Trust",
                "Home › Patients and visitors › Patient leaflets › General surgery", "Patient information", "",
                "Going home after keyhole gallbladder surgery", "", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == ("Going home after keyhole gallbladder surgery", LEDE)


def test_a_companys_name_over_its_share_price_is_the_widgets_title():
    a = article(HEADLINE, LEDE, "Kraanvelt NV", "KRVT.AS", "-14.30%", BODY, "Next Steps", BODY)
    assert kinds(a) == ["P", "H2:Next Steps", "P"] and [f.kind for f in a.furniture] == ["market data"] * 3


def test_a_labelled_lede_is_the_summary_but_an_editors_note_is_not():
    lede = ("Trilochan Cables Q2 results: The wires and cables maker reported a 42% rise in consolidated net profit "
            "to ₹186.4 crore, helped by demand from power transmission projects.")
    a = article(HEADLINE, "By Ritika Sahni", "Updated 12 Nov 2025, 10:18 AM IST", lede, BODY, "Next Steps", BODY)
    assert a.summary == lede
    note = "Editor's note: This story is part of Stretched Thin, a series on rural emergency services."
    b = article(HEADLINE, "By Ritika Sahni", "Updated 12 Nov 2025, 10:18 AM IST", note, LEDE, "Next Steps", BODY)
    assert b.summary == LEDE


def test_a_documents_section_label_is_never_its_headline_or_a_dateline():
    text = "Too many adults in this country finish their formal education in their teens and never return to it."
    a = article("Working Futures: a white paper on adult skills", "Updated 22 April 2025", "MINISTERIAL FOREWORD", text,
                "EXECUTIVE SUMMARY", text, "OUR SIX COMMITMENTS", text)
    assert a.dateline is None and kinds(a)[:2] == ["H2:MINISTERIAL FOREWORD", "P"]
    b = article("Overview", "", text, "", "Proposed options", "", text)
    assert b.title != "Overview" and [k for k in kinds(b) if k.startswith("H")] == ["H2:Overview", "H2:Proposed options"]


def test_a_heading_that_asks_may_run_to_sixteen_words():
    q = "What does the school do well and what does it need to do better?"
    a = article(HEADLINE, LEDE, "Inspection outcomes", BODY, q, BODY, BODY, "Next Steps", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Inspection outcomes", f"H2:{q}", "H2:Next Steps"]
    # Not a speaker's question, however it stands.
    b = article(HEADLINE, LEDE, "Gallardo: Do you write obituaries of people who are still alive and well?", BODY)
    assert kinds(b) == ["P", "P"]


def test_a_drop_cap_split_from_its_word_is_no_heading_but_a_parts_numeral_is():
    a = article(HEADLINE, LEDE, "W", "hen the tide turns, the boats come in one by one and the harbour fills with noise.")
    assert kinds(a) == ["P", "P"]
    b = article(HEADLINE, LEDE, "I", BODY, "II", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:I", "H2:II"]


def test_a_close_set_link_rail_ends_at_a_heading_set_apart_and_a_step_may_name_an_app():
    text = "Households could check whether they are on the list of recipients from Saturday by following these steps."
    a = article(HEADLINE, "", LEDE, "", BODY, "", "Related Articles", "Floods: Number of evacuees in Kelantan rises",
                "MetMalaysia issues orange-level rain warning", "", "How to check eligibility", "", text, "",
                "1. Visit the aid portal or download the MyBencana app.", "2. Enter the MyKad number.")
    assert kinds(a) == ["P", "H2:How to check eligibility", "P", "OL2"]


def test_a_long_question_under_a_title_case_headline_is_its_standfirst():
    question = ("When a rural electric cooperative can’t find anyone willing to climb its poles, what happens to the "
                "towns at the end of the line?")
    a = article("Ideas", "The Last Lineman in Custer County", question, "By Daniel Fairweather",
                "March 18, 2025, 7 a.m. ET", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == ("The Last Lineman in Custer County", question)


def test_a_schools_or_a_places_name_over_its_report_is_a_heading_not_a_signer():
    report = "The small infant school, which has 84 pupils, was graded strong for early years and personal development."
    b = article(HEADLINE, LEDE, report, "Nettlecombe Infant School, Glastonbury", report, "Mendip Vale School, Cheddar",
                report)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Nettlecombe Infant School, Glastonbury",
                                                          "H2:Mendip Vale School, Cheddar"]
    town = "A river town with windsurfing, orchards and a main street of breweries, an hour east of Portland."
    c = article(HEADLINE, LEDE, "Hood River, Oregon", town, "Port Townsend, Washington", town, "Cannon Beach, Oregon", town)
    assert [k for k in kinds(c) if k.startswith("H")] == ["H2:Hood River, Oregon", "H2:Port Townsend, Washington",
                                                          "H2:Cannon Beach, Oregon"]


def test_a_calculator_and_a_sponsored_offer_panel_are_furniture():
    a = article(HEADLINE, LEDE, "Mortgage repayment calculator", "Loan amount", "$600,000", "Interest rate (%)", "5.59",
                "Loan term (years)", "30", "Calculate", "Monthly repayment: $3,441",
                "This calculator is a guide only and does not take into account fees.", "Next Steps", BODY)
    assert kinds(a) == ["H2:Next Steps", "P"] and len(a.furniture) == 10
    b = article(HEADLINE, LEDE, "Sponsored", "Brightline Lending", "Est. APR 8.49%-35.99%",
                "Loan amount $2,000-$50,000", "Check rate", "Summit Ridge Credit", "Est. APR 9.95%-29.99%",
                "Check rate", "Next Steps", BODY)
    assert kinds(b) == ["H2:Next Steps", "P"] and len(b.furniture) == 8
    # A heading about a calculator, with no button under it, stays.
    c = article(HEADLINE, LEDE, "Why the calculator matters", BODY)
    assert kinds(c) == ["H2:Why the calculator matters", "P"]


def truth_file(headings: str = "[]", furniture: str = "[]") -> str:
    """A truth file for an article of HEADLINE and LEDE, with these headings and furniture."""
    return (f'title: "{HEADLINE}"\nsummary: "{LEDE}"\ndateline: null\nbyline: null\nmetadata: []\n'
            f'headings: {headings}\nlists: []\ntables: []\nfaq: []\nfurniture: {furniture}\n')


def test_the_eval_compares_a_labels_heading_without_its_colon(tmp_path):
    (tmp_path / "scorers.txt").write_text(f"{HEADLINE}\n{LEDE}\nScorers:\n{BODY}\n", encoding="utf-8")
    (tmp_path / "scorers.truth.yml").write_text(truth_file('["## Scorers:"]'), encoding="utf-8")
    tally = Tally()
    evaluate(tmp_path / "scorers.txt", tally)
    assert (tally.scores["headings"].matched, tally.scores["headings"].predicted) == (1, 1)


def test_the_eval_scores_the_headlines_repeat_as_the_title_not_as_furniture(tmp_path):
    """The converter leaves out the headline said again down the page; a truth file cannot list
    that line as furniture without listing the title, so the repeat is no false drop."""
    (tmp_path / "again.txt").write_text(f"{HEADLINE}\n{LEDE}\n{HEADLINE}\n{BODY}\n", encoding="utf-8")
    (tmp_path / "again.truth.yml").write_text(truth_file(), encoding="utf-8")
    tally = Tally()
    evaluate(tmp_path / "again.txt", tally)
    assert tally.scores["furniture"].predicted == 0 and tally.right["title"] == 1


def test_a_second_editors_truth_is_scored_against_the_first_with_the_evals_measures(tmp_path, capsys):
    """bench/agreement.py: where a second editor nests a heading the first did not and keeps a
    line the first left out, the figures say so; the converter is scored against both."""
    from bench.agreement import main
    first = truth_file('["## Scorers", "## Venue"]', '["Share this article"]')
    (tmp_path / "dev").mkdir()
    (tmp_path / "second").mkdir()
    (tmp_path / "dev" / "a.txt").write_text(f"{HEADLINE}\n{LEDE}\nScorers\n{BODY}\nVenue\n{BODY}\nShare this article\n",
                                            encoding="utf-8")
    (tmp_path / "dev" / "a.truth.yml").write_text(first, encoding="utf-8")
    (tmp_path / "second" / "a.truth.yml").write_text(
        first.replace("## Venue", "### Venue").replace('["Share this article"]', "[]"), encoding="utf-8")
    assert main([str(tmp_path / "second"), str(tmp_path / "dev")]) == 0
    rows = {line.split(" | ")[0].lstrip("| "): line.split(" | ")[1:] for line in capsys.readouterr().out.splitlines()
            if line.startswith("| ") and not line.startswith("| measure")}
    assert rows["levels"][0] == "0.500 (1 / 2)" and rows["levels"][1] == "1.000 (2 / 2)"
    assert rows["headings precision / recall"][0] == "1.000 / 1.000"
    assert rows["furniture precision / recall"][0] == "1.000 / 0.000"  # the second kept the share line
    assert rows["levels"][2].rstrip(" |") == "0.500 (1 / 2)"  # the converter, against the second editor


def test_the_agreement_has_nothing_to_score_without_a_second_editor(tmp_path):
    from bench.agreement import main
    assert main([str(tmp_path), str(tmp_path)]) == 1


def test_a_lists_items_are_never_addresses_or_credits():
    a = article(HEADLINE, LEDE, "Bottled water stations", "- Hadleigh Cross Leisure Centre car park, Station Road, HX4 2PL",
                "- Upper Tew Village Hall, Church Lane, UT2 6BD", "Films", "- Orchard Road (Hamid Rahimi, Iran/France)",
                "- Salt Year (Ana Ruiz, Chile/Spain)")
    assert kinds(a) == ["H2:Bottled water stations", "L2", "H2:Films", "L2"] and not a.furniture


@pytest.mark.parametrize("good, bad", [("What we liked", "What we didn't"), ("What we like", "What we don't"),
                                       ("Likes", "Dislikes"), ("Plus points", "Minus points")])
def test_what_we_liked_and_what_we_didnt_are_the_verdicts_halves(good, bad):
    """The pairs a review's verdict splits into (on dev, "Likes" / "Dislikes" and "Plus points" /
    "Minus points" were read as sections of their own: 6 levels)."""
    a = article(HEADLINE, LEDE, "Verdict", BODY, good, "- The sailing", bad, "- The combat")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Verdict", f"H3:{good}", f"H3:{bad}"]


def test_a_label_between_the_standfirst_and_the_date_leaves_the_headline_over_them():
    standfirst = ("Provisional figures show the annual mean temperature reached 10.41°C, beating the previous record "
                  "set in 2022 by 0.18°C")
    a = article("2025 confirmed as warmest year in national records", standfirst, "Press release",
                "Release date: 6 January 2026", LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == ("2025 confirmed as warmest year in national records", standfirst)



def test_a_reviews_examples_of_boxes_and_forms_that_took_the_articles_own_lines():
    para = "Fixed tariffs are now cheaper than the cap for the first time in months."
    a = article(HEADLINE, LEDE, "What it means for you", BODY, "Get the best deal on your energy bills", para,
                "Some suppliers are offering deals around £100 below the cap.", "Check your meter", BODY)
    assert kinds(a)[-2:] == ["H2:Check your meter", "P"] and [f.text for f in a.furniture] == [
        "Get the best deal on your energy bills"]
    b = article(HEADLINE, LEDE, "What brokers say", BODY, "Sponsored", "Compare mortgage deals from over 90 lenders",
                "Compare now")
    assert kinds(b) == ["H2:What brokers say", "P"]
    c = article(HEADLINE, LEDE, "What happens next", "The full council will vote on the plans on 14 March.",
                "Enter your email", "Sign up", BODY)
    assert kinds(c) == ["H2:What happens next", "P", "P"] and len(c.furniture) == 2
    d = article(HEADLINE, "For the latest road closures, see Traffic Scotland.", LEDE, BODY)
    assert not d.furniture


def test_a_reviews_examples_of_levels_and_headings_a_rule_got_wrong():
    cold = "Temperatures fell well below freezing across the north overnight, and untreated roads are icy."
    a = article(HEADLINE, LEDE, "Overnight", cold, "Roads", BODY, "Schools", BODY, "Trains", BODY, "What happens next?", BODY)
    assert {s.level for s in a.sections} == {2}
    b = article(HEADLINE, LEDE, "Key findings", "The review found failings in three areas, and made recommendations.",
                "1. Staffing", BODY, "2. Medication", BODY, "3. Governance", BODY, "4. Recommendations", BODY)
    assert {s.level for s in b.sections} == {2}
    rhetorical = "So why did the council wait three years before acting on its own inspectors' warnings?"
    c = article(HEADLINE, LEDE, BODY, rhetorical, BODY)
    assert kinds(c) == ["P", "P", "P"]
    quoted = ("What happened?", "'I thought a plane had crashed, my whole house shook,' said Anne Lowe.",
              "Who was hurt?", "Two people were taken to hospital with burns.",
              "What caused it?", "'My guess is a gas leak,' said a neighbour, but the fire service is investigating.",
              "What happens next?", "'I want answers,' said the councillor, who has asked for an inquiry.")
    d = article(HEADLINE, LEDE, "Questions answered", *quoted)
    assert [len(s.faq) for s in d.sections] == [4]
    e = article("Meet Our New Sports Writer", LEDE, "Letters To The Editor", BODY)
    assert (e.title, e.byline) == ("Meet Our New Sports Writer", None) and kinds(e) == ["H2:Letters To The Editor", "P"]
    f = article("Cost of living crisis", "Energy bills to rise by 6% from April as regulator raises the price cap again",
                "Explainer", "Published 3 March 2025", LEDE, BODY)
    assert (f.title, f.summary) == ("Energy bills to rise by 6% from April as regulator raises the price cap again", LEDE)
    call = "Anyone who sees the bird should call the wildlife trust, which is tracking its movements, on 01234 567890"
    g = article(HEADLINE, LEDE, "How to report a sighting", call, BODY)
    assert kinds(g)[0] == "H2:How to report a sighting"
    released = "Released a week ago, the game has already sold more copies than the studio expected in a year."
    h = article(HEADLINE, "By Ana Ruiz", LEDE, released, BODY)
    assert released not in h.stamps and kinds(h) == ["P", "P"]


def test_a_second_reviews_examples():
    # A paragraph quoting small print's words, or reporting them, is the story's.
    for line in ("Advisers may earn a commission on products they recommend, the regulator said, and savers should ask.",
                 "The bank said its new savings account, paying 5%, was open to new customers only and would close.",
                 "Research for the charity GambleAware found that the old 'gamble responsibly' message had no effect.",
                 "The charity urged fans: please gamble responsibly."):
        a = article(HEADLINE, LEDE, line, BODY)
        assert not a.furniture and kinds(a) == ["P", "P"], line
    # Headings on both sides of a sponsor's box stay; its button is a button.
    b = article(HEADLINE, LEDE, "Compare the costs", BODY, "Sponsored", "Acme Mortgages", "Five-year fixes from 4.1%",
                "Compare now", "Check your credit file", BODY, BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Compare the costs", "H2:Check your credit file"]
    # An ad's label under a choice is no form's button.
    c = article(HEADLINE, LEDE, "Plan your visit", "Choose a hotel in Ribeira or Bolhão", "Advertisement", BODY)
    assert [f.kind for f in c.furniture] == ["advertisement"]
    # A newsletter's name over its pitch is the form's too.
    d = article(HEADLINE, LEDE, "Next Steps", BODY, "The Morning Briefing", "Sign up here for our daily newsletter.",
                "Enter your email address", "Sign up", "Fees", BODY)
    assert kinds(d) == ["H2:Next Steps", "P", "H2:Fees", "P"]
    # Longer question headings opening on "Was", "Don't", "Whose".
    e = article(HEADLINE, LEDE, "Was the council right to close the library after 40 years of service?", BODY, BODY,
                "Don't other towns manage to keep their libraries open on smaller budgets?", BODY, BODY)
    assert [k for k in kinds(e) if k.startswith("H")] == [
        "H2:Was the council right to close the library after 40 years of service?",
        "H2:Don't other towns manage to keep their libraries open on smaller budgets?"]
    # "The second was ..." tells the parts in the paragraph.
    f = article(HEADLINE, LEDE, "Why the talks failed", "People close to the talks gave three reasons. The first was price. "
                "The second was the pension deficit. The third was the regulator.", "Reaction from investors", BODY,
                "The unions", BODY, "Analysis", BODY)
    assert {s.level for s in f.sections} == {2}
    # An introduction that ends on "below" points on.
    g = article(HEADLINE, LEDE, "Bills by payment method", "The change affects about 22 million households. We go "
                "through each group below.", "Direct debit customers", BODY, "Prepayment meter customers", BODY,
                "Standard credit customers", BODY, "What happens next", BODY)
    assert [s.level for s in g.sections] == [2, 3, 3, 3, 2]


# Rules from the fact-check, review, defence, charity, university and trade-press batches.

def test_a_most_read_this_week_block_is_links():
    a = article(HEADLINE, LEDE, BODY, "Most read this week", "Regulator names 12 charities in double-defaulter list",
                "Sector pay survey: chief executive salaries rise 4%")
    assert [f.kind for f in a.furniture] == ["link to another story"] * 3 and kinds(a) == ["P"]


def test_a_story_saying_screenshot_or_by_the_end_keeps_its_lines():
    long_paragraph = " ".join([BODY] * 5) + " (Office for National Statistics)"  # a paragraph, longer than a caption
    for line in ("A screenshot of the post was shared 4,000 times before it was deleted.",
                 "By the end of the year the desk had moved to Leeds.", long_paragraph,
                 "An artist's impression of the new stadium was released on Tuesday, and fans hated it.",
                 "Go to Control Panel > System > Firmware Update.",
                 "More to follow from the council next week, officials said.",
                 "It was -18°C in Gull Creek on Monday.",
                 "The odds are long, but the club says it can still win the league.",
                 "Prices rose again in March (Office for National Statistics)."):
        a = article(HEADLINE, LEDE, line, BODY)
        assert not a.furniture and kinds(a) == ["P", "P"], line
    assert article(HEADLINE, LEDE, "⚠️ Breaking changes", BODY).sections[0].heading == "⚠️ Breaking changes"


def test_a_term_leading_three_lines_names_a_field_not_sections():
    claim = "“Property taxes have gone up 40% since this mayor took office.”"
    text = LEDE + " " + BODY  # running text under each
    a = article(HEADLINE, LEDE, claim, "Verdict: False", text, claim, "Verdict: Misleading", text,
                claim, "Verdict: False", text)  # a field: its few values come again
    assert not any(k.startswith("H") for k in kinds(a))
    # Two titled by their own terms stay sections.
    b = article(HEADLINE, LEDE, "Measure B: Library parcel tax", BODY, BODY, "Measure K: Cannabis business tax", BODY, BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Measure B: Library parcel tax",
                                                          "H2:Measure K: Cannabis business tax"]


def test_a_term_closing_each_entry_is_its_field_even_over_a_section_label():
    # "Where to watch: ..." closes each show's entry, its values all different; the last one in
    # a group stands over the next group's label, never heading it.
    text = LEDE + " " + BODY
    a = article(HEADLINE, LEDE, "DRAMA", "1. Powder (Lumen+)", text, "Where to watch: Lumen+, from 6 March",
                "2. The Quiet Wing (Channel 9)", text, "Where to watch: Channel 9, Sundays",
                "COMEDY", "3. Second Prize (Streamly)", text, "Where to watch: Streamly, all episodes now",
                "4. Desk Share (Channel 9)", text)
    assert [(s.level, s.heading) for s in a.sections] == [
        (2, "DRAMA"), (3, "1. Powder (Lumen+)"), (3, "2. The Quiet Wing (Channel 9)"),
        (2, "COMEDY"), (3, "3. Second Prize (Streamly)"), (3, "4. Desk Share (Channel 9)")]


def test_announced_parts_are_named_not_asked():
    parts = ("The road to Jupiter", "The mission has three main phases, each run by a different team.",
             "Cruise", BODY, "Arrival", BODY, "Science phase", BODY, "What scientists hope to learn", BODY)
    assert [s.level for s in article(HEADLINE, LEDE, *parts).sections] == [2, 3, 3, 3, 2]
    asked = ("A lighthouse at the end of the world", "Each night is split into two phases, day and night.",
             "What the fog hides", BODY, "Where it stumbles", BODY)
    assert [s.level for s in article(HEADLINE, LEDE, *asked).sections] == [2, 2, 2]
    listed = ("How it works", "The wallet offers three ways to save:", "- A daily round-up", "- A locked pot",
              "- A group pot", "Fees", BODY, "Regulatory approval", BODY, "A crowded market", BODY)
    assert [s.level for s in article(HEADLINE, LEDE, *listed).sections] == [2, 2, 2, 2]  # named in its own list


def test_a_family_of_subsections_ends_at_a_heading_outside_its_closest_tie():
    a = article(HEADLINE, LEDE, "Logbook", "Month one", BODY, "Month two", BODY, "Month three", BODY,
                "Running costs", BODY)
    assert [s.level for s in a.sections] == [2, 3, 3, 3, 2]
    b = article(HEADLINE, LEDE, "RESULTS", "BRAZIL", BODY, "JAPAN", BODY, "KENYA", BODY)
    assert [s.level for s in b.sections] == [2, 3, 3, 3]


def test_a_title_over_nothing_but_furniture_is_the_widgets():
    a = article(HEADLINE, LEDE, "Today's best deals", "£2,349 at Cycle Republic", "View Deal",
                "£2,399 at Evans Cycles", "View Deal", "Design and build", BODY, "How it rides", BODY)
    assert kinds(a) == ["H2:Design and build", "P", "H2:How it rides", "P"]
    assert "widget title" in {f.kind for f in a.furniture}
    # A section opening on a subsection past the ads stays.
    b = article(HEADLINE, LEDE, "SQUADS", "ADVERTISEMENT", "Story continues below advertisement", "ENGLAND",
                BODY, "WALES", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:SQUADS", "H3:ENGLAND", "H3:WALES"]


def test_a_place_over_the_lede_under_a_key_points_box_is_the_dateline():
    a = article(HEADLINE, "Key points", "- Post-harvest losses are estimated at 30 to 40 percent.",
                "- Solar cold rooms have cut losses by half in pilot schemes.", "NAIROBI", LEDE, "Why storage matters",
                BODY)
    assert a.dateline == "NAIROBI"
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Key points", "H2:Why storage matters"]
    colon = article(HEADLINE, "Key points:", "- Kestrel-1 landed 1.3 km from its target.", "PASADENA, Calif.", LEDE, BODY)
    assert colon.dateline == "PASADENA, Calif."
    # A list's own heading over its numbered items is no dateline.
    b = article(HEADLINE, LEDE, "FICTION", "1. The Salt Archive by Imogen Vale (Harbor House, $29).",
                "HARDCOVER NONFICTION", "1. Long Road Home by Ruth Adeyemi (Northgate, $32).")
    assert b.dateline is None


def test_a_key_points_box_is_no_sections_parent():
    a = article(HEADLINE, "Key Points", "- Sales fell 4%.", "- The company will close 22 stores.", LEDE,
                "What did the company report?", BODY, "Why did the stock fall?", BODY, "Analysts React", BODY)
    assert {s.level for s in a.sections} == {2}


def test_a_newsletters_issue_line_is_metadata_never_the_title():
    a = article("View this email in your browser", "THE HAUL · Issue 212", "June 9, 2025", "Written by Janelle Okafor",
                LEDE, "Quick hits", BODY)
    assert "THE HAUL · Issue 212" in a.stamps and a.title != "THE HAUL · Issue 212"
    b = article("Newsletter – Friday 7 March 2025", "Spring Term 2025 · Issue 22", LEDE, BODY)
    assert b.title == "Newsletter – Friday 7 March 2025" and b.stamps == ("Spring Term 2025 · Issue 22",)
    c = article(HEADLINE, LEDE, "No. 10", BODY, "No. 9", BODY)  # a countdown's entries stay its headings
    assert [s.heading for s in c.sections] == ["No. 10", "No. 9"]


def test_a_blogs_comments_and_its_dated_byline():
    a = article(HEADLINE, "Posted on May 6, 2024 by Gemma Ashworth", LEDE, BODY,
                "14 thoughts on “Growing Tomatoes in Pots”", "Rosalind P says:", "May 7, 2024 at 8:14 am",
                "Thank you! I'd been using 15 litre pots and wondering why mine kept wilting.", "Reply",
                "Dev Sharma says:", "May 9, 2024 at 6:47 pm", "Does 'Maskotka' need any support at all?", "Reply")
    assert a.byline == "Posted on May 6, 2024 by Gemma Ashworth"
    assert kinds(a) == ["P"] and "reader comment" in {f.kind for f in a.furniture}


def test_a_bare_keywords_label_over_a_line_of_tags_is_furniture():
    a = article(HEADLINE, LEDE, BODY, "KEYWORDS", "pensions, part-time workers, social security", "Related",
                "Japan's public pension fund posts record quarterly gain")
    assert kinds(a) == ["P"] and {f.kind for f in a.furniture} == {"topic tags", "link to another story"}


def test_lettered_days_are_a_series_of_sections():
    a = article(HEADLINE, LEDE, "Day A: Legs and balance", "Exercise | Sets | Reps", "Squat | 3 | 10", BODY,
                "Day B: Push and core", "Exercise | Sets | Reps", "Press-up | 3 | 8", BODY)
    assert [s.heading for s in a.sections] == ["Day A: Legs and balance", "Day B: Push and core"]


def test_a_broadcasters_watch_headline_and_media_caption():
    a = article("Watch: Lifeboat crew pluck kayaker from sea cave as tide rises", "Hannah Greer, South West reporter",
                "Published 21 August 2025", "Media caption,", "Helmet camera footage shows the crew manoeuvring into the cave",
                LEDE, BODY, "Watch: How to get help if you're cut off by the tide")
    assert a.title == "Watch: Lifeboat crew pluck kayaker from sea cave as tide rises"
    assert a.summary == LEDE and kinds(a) == ["P"]
    assert [f.kind for f in a.furniture] == ["photo credit or caption"] * 2 + ["link to another story"]


def test_a_calendars_months_are_one_family_whatever_their_case():
    a = article(HEADLINE, LEDE, "Spring", "March and April", BODY, "May", BODY, "Summer", "June to August", BODY,
                "Recommended mowing heights", BODY)
    assert [s.level for s in a.sections] == [2, 3, 3, 2, 3, 2]


def test_parts_are_announced_by_a_short_introductions_last_sentence():
    counted = ("The road to Jupiter", "The mission has three main phases after launch.", "Cruise", BODY, "Arrival",
               BODY, "Science phase", BODY, "What comes next", BODY)
    assert [s.level for s in article(HEADLINE, LEDE, *counted).sections] == [2, 3, 3, 3, 2]
    mentioned = ("How this plan works", "You'll cook three dinners this week. Breakfasts rotate between two options "
                 "so you're not buying a dozen ingredients. Snacks are flexible.", "Your week at a glance", BODY,
                 "Meal prep on Sunday", BODY, "Shopping list", BODY)
    assert {s.level for s in article(HEADLINE, LEDE, *mentioned).sections} == {2}


def test_a_jump_to_menu_is_links_up_to_its_blank_line():
    a = parse("\n".join([HEADLINE, LEDE, "Jump to", "Signs it's the flapper", "Tools and parts", "The steps", "",
                         "Skill level: Beginner · Time: 15 minutes · Cost: $6 to $15", "",
                         "How to Tell Your Flapper Has Failed", "", BODY]))
    assert [f.text for f in a.furniture] == ["Jump to", "Signs it's the flapper", "Tools and parts", "The steps"]
    assert kinds(a) == ["P", "H2:How to Tell Your Flapper Has Failed", "P"]
    b = parse("\n".join([HEADLINE, LEDE, "Jump to:", "Netflix", "Max", "Prime Video", "", "New on Netflix", "",
                         "The Glass Orchard season 2", "", LEDE]))
    assert [f.text for f in b.furniture] == ["Jump to:", "Netflix", "Max", "Prime Video"]


# The third review's examples (tests/fixtures/review/): each lost or mislabelled an article's
# own words under a rule as first written.
REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def _review(name: str):
    return parse((REVIEW / f"{name}.txt").read_text(encoding="utf-8"))


def _headings(a) -> list[str]:
    return [f"H{s.level}:{s.heading}" for s in a.sections]


def test_the_third_reviews_examples_keep_their_words():
    assert not _review("health").furniture  # a fact and its source, "(NHS Digital)", is no caption
    assert not _review("fact").furniture  # "... England. | MISLEADING" is a table's row
    assert [h.split(":", 1)[1] for h in _headings(_review("news"))] == ["📚 Read", "🎧 Listen", "📺 Watch"]
    assert "H3:Settings > Privacy & Security > Location Services" in _headings(_review("howto"))
    assert not _review("scam").furniture  # "Screenshots of any messages ..." is a list's item
    for name, parent in (("live2", "Travel disruption"), ("cars2", "The contenders"), ("review2", "Design and display"),
                         ("recipe3", "Ingredients")):
        assert _headings(_review(name))[0] == f"H2:{parent}", name  # a heading over ads, captions or buttons
    assert _headings(_review("term3"))[:3] == ["H2:Case study: Leeds City Council", "H2:Case study: Bristol City Council",
                                               "H2:Case study: Glasgow City Council"]


def test_the_third_reviews_examples_keep_their_headings_and_levels():
    for name in ("date1", "date2", "date3"):
        assert _review(name).dateline is None, name  # "WHAT HAPPENED", "METHOD", "UKRAINE" head sections
    for name, levels in (("parts1", [2, 3, 3, 3, 2]), ("parts3", [2, 3, 3, 3, 3, 2]), ("parts2b", [2, 3, 3, 3, 2]),
                         ("kin1", [2, 3, 3, 3, 3, 2]), ("kin2", [2, 3, 3, 3, 2]), ("about3", [2, 3, 3, 3, 2, 3, 3]),
                         ("cal", [2, 3, 3, 3, 2])):
        assert [s.level for s in _review(name).sections] == levels, name
    assert _headings(_review("cal"))[-1] == "H2:Sunday papers"
    assert _headings(_review("issue"))[0] == "H2:Issue 1" and not _review("issue").stamps
    watch = _review("watch")
    assert watch.title == "Baltimore bridge collapse: Six presumed dead after ship strikes crossing"
    assert _headings(_review("jump2"))[0] == "H2:Who can get it"


def test_a_short_title_between_two_buttons_or_prompts_is_furniture():
    a = article(HEADLINE, LEDE, "Print recipe", "Pin", "Share this recipe", "Method", BODY)
    assert kinds(a) == ["H2:Method", "P"] and ("page control", "Pin") in [(f.kind, f.text) for f in a.furniture]
    b = article(HEADLINE, LEDE, BODY, "Read more: Storm Henk: what we know", "Advertisement", "Rail",
                "Photo: Network Rail", BODY)  # between an ad and a caption: a section's heading
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Rail"]


def test_suggested_topics_are_tags_and_a_section_from_the_chair_no_dateline():
    a = article(HEADLINE, LEDE, BODY, "Suggested Topics:", "Mining", "Peru", "Commodities", "Purchase Licensing Rights")
    assert kinds(a) == ["P"] and [f.kind for f in a.furniture][:4] == ["topic tags"] * 4
    b = article("FROM THE CHAIR", LEDE, BODY, "DIARY", BODY)
    assert b.dateline is None


def test_the_masthead_past_a_cookie_banner_a_reference_line_and_a_created_stamp():
    a = article("We and our partners use cookies to store and access information on your device.", "ACCEPT ALL",
                "MORE OPTIONS", "News", "Crime", HEADLINE, LEDE, "By Ana Ruiz", "Court reporter", "12 March 2025", BODY)
    assert (a.title, a.summary, a.byline) == (HEADLINE, LEDE, "By Ana Ruiz")
    b = article("Product Recall: Brevo 1.7L Glass Kettle (KT-220 and KT-225)", "Report reference: PSD-2025-0417",
                "19 March 2025", LEDE, BODY)
    assert b.title == "Product Recall: Brevo 1.7L Glass Kettle (KT-220 and KT-225)"
    c = article(HEADLINE, "Created 4 March 2025 08:14 UTC · Last updated 5 March 2025 17:40 UTC", LEDE, BODY)
    assert c.stamps == ("Created 4 March 2025 08:14 UTC · Last updated 5 March 2025 17:40 UTC",)
    d = article("ADJUDICATION OFFICER DECISION", "Adjudication Reference: ADJ-00051377", LEDE, BODY)
    assert d.dateline is None and d.title == "ADJUDICATION OFFICER DECISION"
    h = article(HEADLINE, "Clinically reviewed by Alison Mbeki, RGN, lead travel nurse", "Updated 4 March 2026", LEDE, BODY)
    assert h.stamps == ("Clinically reviewed by Alison Mbeki, RGN, lead travel nurse", "Updated 4 March 2026")
    g = article(HEADLINE, "Helena Varga", "Rover planner, Ostrava Mission Operations Centre", LEDE, BODY)
    assert g.byline == "Helena Varga"  # a job title in sentence case and its employer
    f = article(HEADLINE, "Advisory No. BWA-2026-014", "Issued: 03/11/2026 6:40 AM", LEDE, BODY)
    assert f.byline is None  # a document's number names no writer
    e = article("Press release", "Reference: PR 07/26", "Published 4 March 2026", HEADLINE, LEDE, BODY)
    assert e.title == HEADLINE and "Reference: PR 07/26" in e.stamps  # a code with a space in it


def test_key_words_over_a_line_of_tags_set_apart_by_commas():
    a = article(HEADLINE, LEDE, BODY, "Key Words:", "Unfair dismissal, gross misconduct, fair procedures, annual leave")
    assert kinds(a) == ["P"] and [f.kind for f in a.furniture] == ["topic tags", "topic tags"]


def test_a_headline_with_a_month_and_a_figure_is_no_date_line():
    a = article("Gull Creek RCMP field 47 calls in busy first week of March", "By Carly Moen",
                "March 10, 2025 11:42 am", LEDE, BODY)
    assert a.title == "Gull Creek RCMP field 47 calls in busy first week of March"
    assert a.stamps == ("March 10, 2025 11:42 am",)
    b = article(HEADLINE, "November 12, 2025 4:41 AM GMT+9 Updated 2 hours ago", LEDE, BODY)
    assert b.stamps == ("November 12, 2025 4:41 AM GMT+9 Updated 2 hours ago",)


def test_the_fourth_reviews_examples_keep_their_words():
    """A second review of this session's later rules: each article's own words, as the code
    before them kept them (tests/fixtures/review/second_*.txt)."""
    assert _review("second_i1_bbc").title == "Private lander touches down on the Moon"  # between a skip link and Share
    assert "H2:What happens next" in _headings(_review("second_i3_readmore"))  # between two "Read more" links
    assert _review("second_i8_council").title == "Christmas and New Year bin collections"
    assert {"H2:Obituaries", "H2:Classifieds"} <= set(_headings(_review("second_f1_newsletter")))
    assert {"H2:Seville hits 46°C", "H2:Lisbon 40°C"} <= set(_headings(_review("second_f3_heat")))
    assert not _review("second_g2_heatlist").furniture  # "Heathrow 34°C" in a list of places
    assert {"H2:Get flood alerts", "H2:Get weather alerts on your phone"} <= set(_headings(_review("second_f4_alerts")))
    assert _review("second_f6_ref").title == "Quick reference: Universal Credit rates for 2025 to 2026"
    assert _review("second_f7_dateline").dateline == "WHAT CHEER, Iowa"
    assert "H2:Created in April 1951" in _headings(_review("second_c1_created"))
    assert not _review("second_g3_oped").furniture  # "Fix the roads. End of story."
    assert _review("second_s1_reuters").stamps == ("March 4, 2025 10:02 AM GMT+1Updated an hour ago",)
    assert _review("second_s5_es").stamps == ("3 de marzo de 2025 - 14:12 CET",)
    assert _review("second_s6_blog").stamps == ("March 4, 2025 by Ian Ross",)
    assert not _review("second_t1b").furniture[1:]  # "Topics:" over an agenda's topics, then its text
    assert not _review("second_g5_diy").furniture  # a job's "Estimated 20 minutes"


def test_a_documents_reference_and_labelled_date_stand_under_its_headline():
    a = article("National Cyber Defence Centre", "Alerts and advisories",
                "Active exploitation of Orbis FileBridge vulnerability (CVE-2025-22814)", "Alert number: AL25-017",
                "Date: 6 May 2025", LEDE, BODY)
    assert a.title == "Active exploitation of Orbis FileBridge vulnerability (CVE-2025-22814)"
    assert "Alert number: AL25-017" in a.stamps
    b = article("Press release", "Regulator orders Northlight Energy to repay £3.7m to prepayment customers",
                "Publication date: 6 March 2025", "Notice reference: EN/2025/014", LEDE, BODY)
    assert b.title == "Regulator orders Northlight Energy to repay £3.7m to prepayment customers"
    assert b.stamps == ("Publication date: 6 March 2025", "Notice reference: EN/2025/014")


def test_a_letters_salutation_is_no_heading():
    a = article(HEADLINE, LEDE, "Dear Valued Customer:", BODY, "What Happened", BODY)
    assert kinds(a) == ["P", "P", "H2:What Happened", "P"]


def test_a_newsletters_one_word_label_over_its_deck():
    a = article("Signal/Noise #87: The week the export rules landed",
                "Plus: a $1.9 billion bet on robot kitchens, and why your smart fridge might need a lawyer",
                "Sat, Nov 15, 2025", "By Kofi Mensah-Hart", BODY)
    assert a.title == "Signal/Noise #87: The week the export rules landed" and a.summary.startswith("Plus: a $1.9")


def test_comments_under_their_sort_control_with_the_name_and_date_on_one_line():
    a = article(HEADLINE, LEDE, BODY, "23 Comments", "Sort by Newest", "Glenn Hartsough · 2 days ago",
                "Followed the September advice last year and my lawn has never looked better.", "Reply · 4 Likes")
    assert kinds(a) == ["P"] and "reader comment" in {f.kind for f in a.furniture}


def test_kinds_of_the_parents_thing_stay_its_subsections():
    a = article(HEADLINE, LEDE, "Common scams we're seeing right now", "Impersonation calls", BODY, "Delivery texts", BODY,
                "Investment and crypto scams", BODY, "Romance scams", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Common scams we're seeing right now", "H3:Impersonation calls", "H3:Delivery texts",
        "H3:Investment and crypto scams", "H3:Romance scams"]


def test_a_series_numbered_by_one_word_under_a_heading_with_no_text():
    a = article(HEADLINE, "By Ana Ruiz", "April 4, 2025", LEDE, BODY, BODY, "Incident timeline",
                "Update 3 — April 3, 18:40 UTC", BODY, "Update 2 — April 2, 22:05 UTC", BODY,
                "Update 1 — April 2, 09:15 UTC", BODY, "Affected assets", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Incident timeline", "H3:Update 3 — April 3, 18:40 UTC", "H3:Update 2 — April 2, 22:05 UTC",
        "H3:Update 1 — April 2, 09:15 UTC", "H2:Affected assets"]
    b = article(HEADLINE, LEDE, "Itinerary", "Day 1: Ljubljana", BODY, "Day 2: Bled", BODY, "Getting there", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == [
        "H2:Itinerary", "H3:Day 1: Ljubljana", "H3:Day 2: Bled", "H2:Getting there"]


def test_for_and_against_are_a_verdicts_halves_only_under_a_verdict():
    a = article(HEADLINE, LEDE, "Our Verdict", BODY, "For", BODY, "Against", BODY, "Price and availability", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Our Verdict", "H3:For", "H3:Against", "H2:Price and availability"]
    b = article(HEADLINE, LEDE, "The motion", BODY, "For", BODY, "Against", BODY)  # a debate's own sections
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:The motion", "H2:For", "H2:Against"]


def test_a_reviews_score_line_is_no_heading():
    a = article(HEADLINE, LEDE, "Verdict", BODY, "9/10 — Superb", "The good", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Verdict", "H2:The good"]


def test_a_release_number_under_the_headline_is_metadata():
    a = article(HEADLINE, "Release 26-031", "April 2, 2026", LEDE, BODY)
    assert a.title == HEADLINE and a.stamps == ("Release 26-031", "April 2, 2026")
    b = article("Press releases", HEADLINE, "Press release No. 114/2025", "Published 17 May 2025, 16:40", LEDE, BODY)
    assert b.title == HEADLINE and "Press release No. 114/2025" in b.stamps


def test_a_jump_to_menu_of_bullets_and_a_long_linked_headline():
    a = article(HEADLINE, LEDE, "Jump to:", "• Campaign", "• War room", "• Score", "", BODY, "More on electric cars",
                "How to buy a used electric car: 7 checks to make before you hand over your money",
                "Electric car sales hit record share in April as petrol registrations slump")
    assert kinds(a) == ["P"] and len(a.furniture) == 7


def test_a_newsletters_name_over_its_issue_line_is_no_byline():
    a = article("The Weekender: cheap flights, sourdough wars and your letters", "THE WEEKENDER",
                "Issue #212 · Saturday 8 March 2025", LEDE, BODY)
    assert a.byline is None


def test_a_photographers_credit_on_its_own_line_once_the_text_has_begun():
    a = article(HEADLINE, LEDE, BODY, "Hide caption", "Amaya Ruiz for The Meridian", BODY, "RNLI/Dan Pascoe", BODY,
                "What It Means for Your Bill", BODY)
    assert kinds(a) == ["P", "P", "P", "H2:What It Means for Your Bill", "P"]
    assert [f.text for f in a.furniture] == ["Hide caption", "Amaya Ruiz for The Meridian", "RNLI/Dan Pascoe"]
    c = article(HEADLINE, LEDE, BODY, "Big Test for The Blues", LEDE)  # once, under text: a Title Case heading
    assert "H2:Big Test for The Blues" in kinds(c)
    b = article(HEADLINE, "Jo Lee for The Observer", LEDE, BODY)  # under the headline: the byline's place
    assert "Jo Lee for The Observer" not in [f.text for f in b.furniture]


def test_find_out_more_is_a_button_unless_running_text_follows():
    a = article(HEADLINE, LEDE, BODY, "Join the Puppy Health Club", "Spread the cost of vaccinations for £14.50 a month.",
                "Find out more", "Getting There", BODY)
    assert "Find out more" in [f.text for f in a.furniture]
    b = article(HEADLINE, LEDE, BODY, "Find out more", LEDE)
    assert "H2:Find out more" in kinds(b)


def test_headings_that_come_again_under_each_day_are_its_subsections():
    a = article(HEADLINE, LEDE, "Day 1: Takamatsu to Naoshima", BODY, "Where we slept", BODY, "What we ate", BODY,
                "Day 2: Teshima", BODY, "Where we slept", BODY, "What we ate", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Day 1: Takamatsu to Naoshima", "H3:Where we slept", "H3:What we ate",
        "H2:Day 2: Teshima", "H3:Where we slept", "H3:What we ate"]
    b = article(HEADLINE, LEDE, "Double Sculls", "Women's Under-23", BODY, "Men's Open", BODY,
                "Eights", "Mixed Masters", BODY, "Men's Open", BODY)  # one name again: a sibling's
    assert "H2:Mixed Masters" not in kinds(b)


def test_a_claims_buttons_are_furniture_over_no_text_and_headings_over_text():
    a = article(HEADLINE, LEDE, BODY, "Make a claim", "What your policy covers", BODY)
    assert "Make a claim" in [f.text for f in a.furniture]
    b = article(HEADLINE, LEDE, BODY, "Make a claim", LEDE)
    assert "H2:Make a claim" in kinds(b)


def test_a_bookmakers_offer_box_is_a_widget_with_its_title():
    a = article(HEADLINE, LEDE, BODY, "BET HARBOUR WELCOME OFFER", "Bet £10, Get £30 in Free Bets",
                "New customers only. Min odds 1/2. Full T&Cs apply. 18+ BeGambleAware.org", "Claim offer",
                "Ferncliffe vs Dunstan odds", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Ferncliffe vs Dunstan odds"]


_FIFTH = sorted(path.stem for path in REVIEW.glob("fifth_*.txt"))


@pytest.mark.parametrize("name", [n for n in _FIFTH if not n.startswith("fifth_31")])
def test_the_fifth_reviews_examples_keep_every_line(name):
    """A review of this session's rules: 35 articles where a new rule dropped a heading, a step
    or a paragraph (tests/fixtures/review/fifth_*.txt). No line of them is furniture."""
    assert not _review(name).furniture


def test_the_fifth_reviews_examples_keep_their_masthead_and_levels():
    assert _review("fifth_26_rev").byline == "The Rev Kate Ellison"
    assert not _review("fifth_27_correction").summary.startswith("Correction:")
    assert [f.text for f in _review("fifth_31_jump").furniture] == [
        "Jump to", "• What is changing", "• Who is affected", "• What you can do"]  # the key points stay
    assert "H3:Check your flight status" in _headings(_review("fifth_12_airport"))
    assert {"H2:1 out of 5 adults sleeps less than five hours", "H2:10/5 — Porto by train"} <= set(
        _headings(_review("fifth_28_surveyheads")) + _headings(_review("fifth_29_diary")))
    assert "H2:Results from last weekend" in _headings(_review("fifth_32_fixtures"))
    assert "H3:Why is the room colder than the display says?" in _headings(_review("fifth_33_troubleshoot"))
    assert _headings(_review("fifth_34_recipe"))[1:3] == ["H2:Ingredients", "H2:Method"]
    assert {"H2:For", "H2:Against"} <= set(_headings(_review("fifth_35_debate")))


def test_a_shop_or_flight_status_button_is_furniture_unless_text_follows():
    a = article(HEADLINE, LEDE, BODY, "Vitamin C Drops", BODY, "Shop at Ulta", "Shop at Target", "Our Methodology", BODY)
    assert [f.text for f in a.furniture] == ["Shop at Ulta", "Shop at Target"]
    b = article(HEADLINE, LEDE, "Shop at Aldi", LEDE, "Buy frozen", BODY)
    assert "H2:Shop at Aldi" in kinds(b)


def test_longer_questions_over_long_answers_are_an_explainers_sections():
    long_answer = [LEDE, BODY, LEDE]
    a = article(HEADLINE, LEDE, "What is the latest inflation rate this month?", *long_answer,
                "Why are food prices still going up so fast?", *long_answer,
                "What does it mean for interest rates and mortgages?", *long_answer)
    assert [s.heading for s in a.sections] == [
        "What is the latest inflation rate this month?", "Why are food prices still going up so fast?",
        "What does it mean for interest rates and mortgages?"] and not any(s.faq for s in a.sections)


def test_longer_questions_over_answers_of_many_words_are_an_explainers_sections():
    answer = ("The fund will pay for new pipes, pumps and treatment works across the three valleys, and the "
              "ministry says the first contracts will be signed before the end of the year, with work starting "
              "in the spring. Critics say the sums are too small for a network this old and that repairs will "
              "take a decade at the present rate of spending.")  # one paragraph of 62 words
    questions = ["What is in the new water treaty?", "Who pays for the repairs to the network?",
                 "When will the first of the works begin?"]
    a = article(HEADLINE, LEDE, *[line for q in questions for line in (q, answer, "It will be reviewed in 2027.")])
    assert [s.heading for s in a.sections] == questions and not any(s.faq for s in a.sections)
    short = article(HEADLINE, LEDE, *[line for q in questions for line in (q, "Ask your local water board; it sets the dates.")])
    assert any(s.faq for s in short.sections)  # an FAQ answers in a sentence or two


def test_a_link_rail_ends_over_an_faqs_first_question():
    a = article(HEADLINE, LEDE, BODY, "Related Articles", "Cybersecurity stocks rally as breach fears lift spending plans",
                "What it means for investors", "Q: Will shareholders get stock?", "A: No. The offer is all cash.",
                "Q: When is the vote?", "A: Once regulators have reviewed the deal.")
    assert "What it means for investors" not in [f.text for f in a.furniture]
    assert any(s.faq for s in a.sections)


def test_timed_updates_under_an_earlier_updates_heading():
    a = article(HEADLINE, LEDE, "Bottled water", LEDE, "Earlier updates", "Update: 11.30am, Saturday", LEDE,
                "Update: 8.05am, Saturday", LEDE, "Update: 9.50pm, Friday", LEDE)  # three: a live page's entries
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Bottled water", "H2:Earlier updates", "H3:Update: 11.30am, Saturday", "H3:Update: 8.05am, Saturday",
        "H3:Update: 9.50pm, Friday"]


def test_book_a_table_over_the_next_numbered_entry_is_its_button():
    a = article(HEADLINE, LEDE, "1. Brisa", LEDE, "Book a table", "2. Amma's Kitchen", LEDE, "Book a table",
                "3. Little Fenn", LEDE)
    assert [f.text for f in a.furniture] == ["Book a table", "Book a table"]


def test_a_days_hours_stay_its_subsections_whatever_their_case():
    a = article(HEADLINE, LEDE, "Saturday", "9am: Central Market", BODY, "11am: Ljubljana Castle", BODY,
                "2pm: Metelkova and the museums", BODY, "Sunday", "10am: Tivoli Park", BODY, "Getting there", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Saturday", "H3:9am: Central Market", "H3:11am: Ljubljana Castle", "H3:2pm: Metelkova and the museums",
        "H2:Sunday", "H3:10am: Tivoli Park", "H2:Getting there"]


def test_steps_under_a_sentence_pointing_to_them_are_its_subsections():
    a = article(HEADLINE, LEDE, "How to claim", "Follow these steps to claim the payment.",
                "Step 1: Before you start", BODY, "Step 2: Get your documents ready", BODY, "Step 3: Make your claim", BODY,
                "Contact us", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:How to claim", "H3:Step 1: Before you start", "H3:Step 2: Get your documents ready",
        "H3:Step 3: Make your claim", "H2:Contact us"]
    b = article(HEADLINE, LEDE, "Getting there", "Take the train from Vienna.", "Day 1: Ljubljana", BODY,
                "Day 2: Bled", BODY)  # an introduction that points nowhere: the days are sections
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Getting there", "H2:Day 1: Ljubljana", "H2:Day 2: Bled"]


def test_a_text_credit_over_the_date_is_the_byline():
    a = article("Weekend breaks / Slovenia", HEADLINE, "Text: Ana Kovač", "Published on 4 April 2025", LEDE, BODY)
    assert (a.title, a.byline) == (HEADLINE, "Text: Ana Kovač")


def test_a_bookmakers_odds_box_is_an_advertisement_and_a_list_of_odds_is_the_articles():
    a = article(HEADLINE, LEDE, BODY, "NEXT ROUND ODDS", "Harbourside v Millbrook: Harbourside 4/6, Draw 20/1, Millbrook 6/4",
                "18+ T&Cs apply. Please bet responsibly.", "The table", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:The table"]
    assert "NEXT ROUND ODDS" in [f.text for f in a.furniture]
    b = article(HEADLINE, LEDE, BODY, "Game 7 odds", "Steelheads -118 | Monarchs -102",
                "Odds provided by NorthStar Bet. 21+. Please gamble responsibly.", BODY)
    assert {f.text for f in b.furniture} >= {"Game 7 odds", "Steelheads -118 | Monarchs -102"}
    c = article(HEADLINE, LEDE, "Latest odds", "- Anders Lindgren 7/4", "- Tom McBride 4/1",
                "18+ | New customers only | Odds subject to change | BeGambleAware.org", BODY)
    assert "H2:Latest odds" in kinds(c)


def test_steps_under_a_how_to_heading_are_its_subsections_unless_the_series_began_above():
    a = article(HEADLINE, LEDE, "How to move your booking", "If your sailing has changed, confirm it by 20 March.",
                "Step 1: Sign in to My account", BODY, "Step 2: Choose your booking", BODY, "Fares", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:How to move your booking", "H3:Step 1: Sign in to My account", "H3:Step 2: Choose your booking", "H2:Fares"]
    b = article(HEADLINE, LEDE, "Chapter 1: Why we are publishing this paper", BODY, "How to respond", LEDE,
                "Chapter 2: What we found", BODY, "Chapter 3: Why savers do not switch", BODY)
    assert [s.level for s in b.sections] == [2, 3, 2, 2]  # the chapters are siblings; "How to respond" is chapter 1's


def test_a_forum_posts_stamp_is_no_live_entry():
    a = article("Why does my sourdough spread flat?", LEDE, "Share", "answered Dec 3, 2023 at 10:02",
                "Mira Okonkwo-Hale's user avatar", "Mira Okonkwo-Hale", BODY, "answered Dec 4, 2023 at 7:51", LEDE,
                "answered Jan 15, 2024 at 12:30", BODY)
    assert not [k for k in kinds(a) if k.startswith("H:answered") or k.startswith("H2:answered")]


def test_a_questions_asked_stamp_is_no_title():
    a = article("Why does my sourdough spread flat after the overnight fridge proof?", "Asked 2 years, 3 months ago",
                "Modified 5 months ago", LEDE, BODY)
    assert a.title == "Why does my sourdough spread flat after the overnight fridge proof?"
    assert a.stamps == ("Asked 2 years, 3 months ago", "Modified 5 months ago")


def test_a_line_broken_off_on_an_article_is_no_heading_but_plan_a_is():
    a = article(HEADLINE, LEDE, "The new cap, set out in a",
                "Mobile Money (Tariffs and Disclosure) Circular No. 2 of 2026",
                "published on Monday, applies to all transfers between wallets.", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, "Plan A", BODY, "Plan B", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Plan A", "H2:Plan B"]


def test_a_letters_signers_under_its_close_are_no_headings():
    a = article(HEADLINE, LEDE, BODY, "In solidarity,", "", "Your Bargaining Committee", "Northfield Health Branch")
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, BODY, "Yours faithfully,", "Robert Ainslie", "Chairman", "IMPORTANT INFORMATION",
                "This announcement contains certain forward-looking statements with respect to the financial condition "
                "of the company and its plans.")
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:IMPORTANT INFORMATION"]
    c = article(HEADLINE, LEDE, "Kind regards,", "", "[Your name]", "", "Mistakes to avoid", BODY)
    assert "H2:Mistakes to avoid" in kinds(c)


def test_a_live_pages_badge_and_key_events_toggle_are_furniture_and_a_key_events_list_is_not():
    a = article(HEADLINE, LEDE, "Key events", "Show key events only", "Please turn on JavaScript to use this feature",
                "Tomasz Wierzbicki and Aoife Carrick", "Fri 28 Feb 2026 17.12 GMT", "LIVE", "17.05 GMT", BODY,
                "16.22 GMT", BODY, "14.48 GMT", BODY)
    assert {"Key events", "LIVE"} <= {f.text for f in a.furniture}
    b = article(HEADLINE, LEDE, "Key events", "- 10:14pm: Hollis concedes defeat", "- 9:32pm: Labor claims Hartley", BODY)
    assert "H2:Key events" in kinds(b)


def test_an_artist_and_album_line_is_no_byline():
    a = article(HEADLINE, LEDE, BODY, "Kate Bush | The Kick Inside", BODY)
    assert a.byline is None


def test_a_wire_storys_compiled_by_credit_at_the_foot_is_furniture():
    from build_tools.parse.furniture import furniture_kind
    assert furniture_kind("(Compiled by Sam Okafor)") == "agency credit"
    assert furniture_kind("Compiled by Helen Marsh; Editing by Paul Sim") == "agency credit"
    assert furniture_kind("Compiled by Sam Okafor") is None


def test_a_labelled_headline_under_a_newsletters_tagline_and_over_its_byline():
    a = article("THE PICKET LINE", "Your weekly round-up of strikes, ballots and workplace disputes", "",
                "This week: porters win, postal ballot falls short, and a tribunal on on-call rotas", "",
                "Compiled by Sam Okafor", "Issue 112", "Fri, Mar 6, 2026", "", LEDE, BODY)
    assert (a.title, a.byline) == ("This week: porters win, postal ballot falls short, and a tribunal on on-call rotas",
                                   "Compiled by Sam Okafor")
    b = article("Measles outbreak in Tanganyika Province: Situation Report 5",
                "Reporting period: epidemiological weeks 14–15 (31 March – 13 April 2025)", "Published 17 April 2025",
                LEDE, BODY)
    assert b.title == "Measles outbreak in Tanganyika Province: Situation Report 5"


def test_capitals_over_a_letters_title_are_a_heading_not_a_dateline():
    a = article("Letters: Hospital parking, the cycleway and a plea for the 22 bus", "Sunday, March 23, 2025", "",
                "HOSPITAL PARKING", "", "Charges hit those who visit most", "", LEDE, "Patricia Lomu, Ōtāhuhu.", "",
                "Staff need spaces too", "", BODY, "", "THE CYCLEWAY", "", "Give it a year", "", BODY)
    assert a.dateline is None and "H2:HOSPITAL PARKING" in kinds(a)
    b = article(HEADLINE, "Sunday, March 23, 2025", "", "CAPE HOLLOWAY, N.C.", "", "Key points",
                "- Nests are up a third.", "- Two beaches close.", "", LEDE, BODY)
    assert b.dateline == "CAPE HOLLOWAY, N.C."


_THIRD = sorted(path.stem for path in REVIEW.glob("third_*.txt"))


@pytest.mark.parametrize("name", _THIRD)
def test_the_third_reviews_examples_keep_their_headings_and_text(name):
    """A review of the rules since the fifth: 21 articles where a new rule dropped a heading as a
    button, a credit as a byline, a timeline's step as a date line, or nested sections under a
    heading that holds none of them (tests/fixtures/review/third_*.txt)."""
    a = _review(name)
    assert [f.text for f in a.furniture] == (["Advertisement"] if "farmers-markets" in name else [])
    assert {s.level for s in a.sections if not s.heading.startswith(("Refused again", "What the council"))} == {2}


def test_the_third_reviews_examples_keep_their_masthead():
    assert _review("third_03_text-label-booktitle").byline == "By Rhiannon Patel, Head of English"
    assert _review("third_04_text-label-hymn").byline == "Posted by the Parish Office"
    assert _review("third_16_asked-date-heading").stamps == ("Published 16 December 2025",)
    assert _review("third_17_report-published-heading").stamps == ("Published 10 March 2026",)
    assert "H2:The Money Doctor replies" in _headings(_review("third_18_letter-close-heading"))


@pytest.mark.parametrize("button", ["Turn on notifications for this story", "Mark as complete", "Watch the keynote",
                                    "Hide", "Join", "Add your comment", "RSS feed", "Make a claim"])
def test_a_button_over_no_text_is_furniture_and_over_text_a_heading(button):
    a = article(HEADLINE, LEDE, BODY, button, "Next Steps", BODY)
    assert button in [f.text for f in a.furniture]
    b = article(HEADLINE, LEDE, BODY, button, LEDE)
    assert f"H2:{button}" in kinds(b)


def test_a_quotation_repeating_the_texts_words_is_a_pull_quote():
    said = ("“It is the kind of signal you check five times before you tell anyone,” said Dr Naledi Mokoena, "
            "who led the team.")
    a = article(HEADLINE, LEDE, said, "“It is the kind of signal you check five times before you tell anyone.”", BODY)
    assert [(f.kind, f.text[:10]) for f in a.furniture] == [("pull quote", "“It is the")]
    b = article(HEADLINE, LEDE, BODY, "'We are eating once a day'", "“We are eating once a day,” said one machinist.")
    assert "H2:'We are eating once a day'" in kinds(b)  # a quote heading has no stop of its own
    c = article("“It is the kind of signal you check five times before you tell anyone.”", said, BODY)
    assert not c.furniture  # a headline may quote the text


def test_numbered_entries_over_their_factboxes_are_headings():
    a = article(HEADLINE, LEDE, "1. Lantern Walk on the Wend", "", "When: Saturday 14 March, from 5.30pm",
                "Where: Tanner's Quay", "", BODY, "2. Bristow Record Fair", "", "When: Saturday 14 March, 10am–4pm",
                "Where: Corn Hall", "", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:1. Lantern Walk on the Wend", "H2:2. Bristow Record Fair"]


def test_a_series_of_a_word_and_a_number_heads_its_entries_and_their_questions_are_text():
    a = article(HEADLINE, LEDE, "Question 4", "",
                "Which household object did the Hollin Valley museum unveil as the star of its new spring exhibition?",
                "", "- A kettle", "- A mangle", "", "Question 5", "", "How many people took part in the swim?", "",
                "- 212", "- 412", "", "Answers", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Question 4", "H2:Question 5", "H2:Answers"]


_FOURTH = sorted(path.stem for path in REVIEW.glob("fourth_*.txt"))


@pytest.mark.parametrize("name", _FOURTH)
def test_the_fourth_reviews_examples_keep_their_text(name):
    """A review of the rules after the third: 18 articles where a new rule dropped a statement as
    a pull quote, a price or a heading as a button, a key event as a toggle's label, made data
    lines headings, or took a deck, a caption or a section trail for the masthead
    (tests/fixtures/review/fourth_*.txt). Nothing of theirs is furniture but their page's own."""
    kinds_left = {f.kind for f in _review(name).furniture}
    assert kinds_left <= {"kicker", "navigation menu", "agency credit", "page control"}


def test_the_fourth_reviews_examples_keep_their_masthead_and_headings():
    assert _review("fourth_08_pipe-section-trail-byline").byline is None
    assert [f.kind for f in _review("fourth_09_compiled-by-wire-credit").furniture] == ["agency credit"]
    assert _review("fourth_10_labelled-deck-headline").title.startswith("Bus lanes for Mill Road")
    assert _review("fourth_11_labelled-caption-headline").title.startswith("Lifeboat crew honoured")
    assert _review("fourth_12_dateline-over-box-label").dateline == "KESSALY"
    assert _review("fourth_13_dateline-over-caption").dateline == "KESSALY"
    assert "H2:LIVE" in _headings(_review("fourth_14_live-heading"))
    key_events = _review("fourth_15_key-events-last-event")  # the box of bare titles over its toggle is furniture,
    assert [f.text for f in key_events.furniture if f.kind == "page control"] == [  # the entries keep theirs
        "Key events", "Tobacco duty up by inflation plus 2%", "Fuel duty frozen for a fifteenth year",
        "Free childcare extended to two-year-olds from September", "Show key events only"]
    assert _headings(key_events)[:2] == ["H2:14.52 GMT", "H3:Castell sits down after 71 minutes"]
    assert _review("fourth_16_forum-handle-plain").byline == "Posted by marrowfield"
    assert not _headings(_review("fourth_17_broken-off-of"))
    assert "H3:Step 1: Choose a refund or a new flight" in _headings(_review("fourth_18_what-to-do-steps"))
    assert not {"H2:Labour 28", "H2:Reform 25"} & set(_headings(_review("fourth_04_series-poll-figures")))
    assert "H3:How is it assessed?" in _headings(_review("fourth_05_series-question-module"))


def test_a_price_beside_its_ticket_button_is_the_widgets_and_under_a_deal_the_articles():
    a = article("From £28.50", "Get tickets", "", LEDE, BODY)
    assert {f.text for f in a.furniture} >= {"From £28.50", "Get tickets"}
    b = article(HEADLINE, LEDE, "Seven nights in Tenerife, Hotel Marisol", LEDE, "From £489", "", "Getting there", BODY)
    assert "From £489" not in [f.text for f in b.furniture]


def test_an_amount_alone_is_furniture_only_over_a_control():
    donation = article(HEADLINE, LEDE, "Donate now", "£25", "£50", "£100", "Other amount", "", BODY)
    assert {"£25", "£50", "£100"} <= {f.text for f in donation.furniture}
    shop = article(HEADLINE, LEDE, "Pointing trowel 6in", "£8.50", "Add to basket", "", BODY)
    assert "£8.50" in {f.text for f in shop.furniture}
    quote = article(HEADLINE, LEDE, "Tallgrass Outdoor Inc. (TGO)", "$38.12", "-6.84 (-15.22%)", "", BODY)
    assert {"$38.12", "-6.84 (-15.22%)"} <= {f.text for f in quote.furniture}
    listing = article(HEADLINE, LEDE, "14 Larkfield Grove, Carrigduff", "€385,000", "3 Bed | 2 Bath | 112 m²", "", BODY)
    product = article(HEADLINE, LEDE, "Bramble Twin Burner Stove", "£84.99", "RRP £109.99   You save £25.00", "", BODY)
    assert "€385,000" not in {f.text for f in listing.furniture}
    assert "£84.99" not in {f.text for f in product.furniture}


def test_a_listings_price_over_its_reference_is_no_headline():
    a = article("Sol y Mar Homes", "Back to results", "", "2 Bedroom Apartment for Sale in Playa Serena, Costa Cálida",
                "€214,950", "Ref: SYM-30772", "", LEDE, BODY)
    assert a.title == "2 Bedroom Apartment for Sale in Playa Serena, Costa Cálida"


def test_a_reports_period_over_its_issue_date_is_no_headline():
    a = article("Publications / Surveillance Bulletins / 2026", "Dengue Situation Report No. 9",
                "Reporting period: epidemiological week 14 (30 March – 5 April 2026)", "Issued: 8 April 2026", LEDE, BODY)
    assert a.title == "Dengue Situation Report No. 9" and a.stamps == (
        "Reporting period: epidemiological week 14 (30 March – 5 April 2026)", "Issued: 8 April 2026")


def test_a_label_in_capitals_under_the_standfirst_is_a_heading_when_the_text_says_its_words_in_lower_case():
    """"SYMPTOMS" under the standfirst and the date: a common noun, the first heading; "VALMORA",
    a place's name, is never said in lower case, and stays the dateline."""
    lede = "Sinusitis is swelling of the sinuses, and its symptoms usually clear up within two to three weeks."
    a = article("Sinusitis: symptoms and treatment", "Most cases get better on their own without antibiotics.",
                "Published 3 March 2026", "", "SYMPTOMS", "", lede, "", "TREATMENT", "", BODY)
    assert a.dateline is None and [k for k in kinds(a) if k.startswith("H")] == ["H2:SYMPTOMS", "H2:TREATMENT"]
    place = "Rescuers searched the wreckage of the Valmora express through the night."
    b = article("Derailment kills nine in Valmora", "The express left the tracks at speed on a curve.",
                "Published 3 March 2026", "", "VALMORA", "", place, "", "WHAT HAPPENED", "", BODY)
    assert b.dateline == "VALMORA"
    # a place named by common words is never said whole in lower case ("the cape", never "cape town")
    cape = "Water restrictions return to the town this week, officials said at the cape."
    c = article("Water limits return to Cape Town", "The decision follows months of debate over water use.",
                "Published 3 March 2026", "", "CAPE TOWN", "", cape, "", BODY)
    assert c.dateline == "CAPE TOWN"


def test_a_bare_name_over_the_date_under_the_standfirst_is_the_byline():
    """"Eleanor Graydon" over "Wed 4 Mar 2026 14.30 GMT", under the standfirst: the byline and
    the date, no heading; never so in a thread, each post a name over a date, nor far down the text."""
    a = article(HEADLINE, "", LEDE, "", "Eleanor Graydon", "Wed 4 Mar 2026 14.30 GMT", "", BODY, "", "Opening Night", "", BODY)
    assert a.byline == "Eleanor Graydon"
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Opening Night"]
    thread = article(HEADLINE, "", LEDE, "", BODY, "", "Marta Kollen", "Mar 4, 2026", "", BODY, "", "Owen Briggs", "Mar 5, 2026",
                     "", BODY)
    assert thread.byline is None
    single = article(HEADLINE, "", LEDE, "", BODY, "", "Marta Kollen", "Mar 4, 2026", "", BODY)
    assert single.byline == "Marta Kollen"
    far = article(HEADLINE, "", LEDE, "", BODY, "", "Screenshots", "", BODY, "", "Ratings", "", BODY, "", "Version History",
                  "Mar 4, 2026", "", BODY)
    assert far.byline is None
    # a heading over a dated subheading: its words are said in lower case, as no person's name is
    told = "Nobody yet knows what happened in the control room that night."
    heading = article(HEADLINE, "", LEDE, "", BODY, "", "What Happened", "Monday 2 March 2026", "", told, "", "What Next", "", BODY)
    assert heading.byline is None and "H2:What Happened" in kinds(heading)


def test_a_written_byline_outranks_a_bare_name_over_the_headline():
    a = article("Picture Show", "Photos: Before the city wakes, the fish auction sells 30 tonnes in three hours",
                "August 21, 2024 · 5:00 AM ET", "Photographs and text by Amaya Ruiz", "", LEDE, BODY)
    assert a.byline == "Photographs and text by Amaya Ruiz"


def test_a_listings_details_under_its_numbered_entry_are_its_text():
    a = article(HEADLINE, LEDE, "1. The Vennard Altarpiece Reunited", "Calder Museum, from 2 May, free", BODY,
                "2. Print Shop: Radical Posters", "The Coach House, 4 April – 7 June, £5", BODY)
    assert kinds(a) == ["H2:1. The Vennard Altarpiece Reunited", "P", "P", "H2:2. Print Shop: Radical Posters", "P", "P"]


def test_a_venue_or_publisher_and_its_date_under_an_entry_are_its_text_but_a_days_heading_is_not():
    a = article(HEADLINE, LEDE, "The Bell Founders by Agnes Thorne", "Harrow & Finch, 12 March", BODY,
                "Small Hours by Desmond Achter", "Quillon Press, 26 March", BODY,
                "The Glass Orchard", "Tillbury Playhouse, until 28 March", BODY)
    assert kinds(a) == ["H2:The Bell Founders by Agnes Thorne", "P", "P", "H2:Small Hours by Desmond Achter", "P", "P",
                        "H2:The Glass Orchard", "P", "P"]
    days = article(HEADLINE, LEDE, "Monday, Aug. 10", BODY, "Tuesday, Aug. 11", BODY, "Wednesday, Aug. 12", BODY)
    assert kinds(days)[-4:] == ["H2:Tuesday, Aug. 11", "P", "H2:Wednesday, Aug. 12", "P"]


def test_a_genre_over_entries_with_their_publisher_and_date_holds_them():
    # The entry's details are its text, so the genre over its first entry opens a section on it.
    a = article(HEADLINE, LEDE, "Fiction", "The Bell Founders by Agnes Thorne", "Harrow & Finch, 12 March", BODY,
                "Small Hours by Desmond Achter", "Quillon Press, 26 March", BODY,
                "Poetry", "Tidewrack by Ondine Marsh", "Northgate, 9 April", BODY,
                "Night Bus Psalms by Corin Ashby", "Quillon Press, 2 April", BODY)
    assert [(s.level, s.heading) for s in a.sections] == [
        (2, "Fiction"), (3, "The Bell Founders by Agnes Thorne"), (3, "Small Hours by Desmond Achter"),
        (2, "Poetry"), (3, "Tidewrack by Ondine Marsh"), (3, "Night Bus Psalms by Corin Ashby")]


def test_an_award_between_a_product_and_its_specs_is_its_badge_not_a_heading():
    a = article(HEADLINE, LEDE, "1. Harrow & Vale Arden Parka", "Best overall", "Price: £240 | Sizes: XS–XXL", BODY,
                "2. Fenwright Kelso Down Jacket", "Best for serious cold", "Price: £310 | Sizes: XS–XL", BODY)
    assert [s.heading for s in a.sections] == ["1. Harrow & Vale Arden Parka", "2. Fenwright Kelso Down Jacket"]
    # Over the product's name, the award heads its section.
    b = article(HEADLINE, LEDE, "Best overall", "Kaya Sun Sheer Mineral Fluid SPF 50", BODY,
                "Best budget", "Brightwell Daily Zinc Lotion SPF 30", BODY)
    assert [s.heading for s in b.sections][:1] == ["Best overall"]
    # Over a score or a price, the same.
    c = article(HEADLINE, LEDE, "Caldera Pro 64", "Best Overall", "Our Rating: 9.4/10", BODY,
                "Halden Brew Mate", "EDITOR'S CHOICE", "Score: 9.1/10", BODY)
    assert [s.heading for s in c.sections] == ["Caldera Pro 64", "Halden Brew Mate"]


def test_an_events_days_hours_and_price_are_never_a_heading():
    a = article(HEADLINE, LEDE, "Saltmarsh Sound System", BODY, "Sat, The Anchor Vaults, 10pm-3am, £10",
                "The Northlight Players", BODY, "Thu-Sat, Quayside Studio, 8pm, £14", "Harbour Lights", BODY)
    assert kinds(a) == ["H2:Saltmarsh Sound System", "P", "P", "H2:The Northlight Players", "P", "P",
                        "H2:Harbour Lights", "P"]


def test_a_comments_author_and_date_are_never_a_heading():
    a = article(HEADLINE, LEDE, "What readers say", "Jordan K. • Mar 4, 2026 at 9:14 pm", BODY,
                "Priya S. • Mar 5, 2026 at 7:02 am", BODY)
    assert kinds(a) == ["H2:What readers say", "P", "P", "P", "P"]
    assert article(HEADLINE, LEDE, "Fiction · 12 March", BODY, "Poetry · 19 March", BODY).sections
    blog = article(HEADLINE, LEDE, "What Next", BODY, "Posted by Derek Whitlow at 21:14", "Comments", BODY)
    assert "H2:Posted by Derek Whitlow at 21:14" not in kinds(blog)


@pytest.mark.parametrize("name,office", [("Dr Hanne Lisowski", "Chair of Trustees"), ("Mrs J. Okafor", "Headteacher")])
def test_a_name_and_its_office_under_running_text_sign_it_and_head_nothing(name, office):
    a = article(HEADLINE, LEDE, "Foreword", BODY, name, office, "Our year in numbers", BODY, "Looking ahead", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Foreword", "H2:Our year in numbers", "H2:Looking ahead"]


def test_a_call_to_act_said_under_each_entry_is_a_button_but_once_it_may_head_a_section():
    entries = [line for n, play in enumerate(["The Glass Orchard", "Hollow Men", "Come Home, Alfie"], 1)
               for line in (f"{n}. {play}", BODY, "Read our full review")]
    a = article(HEADLINE, LEDE, *entries, "Also worth a look", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:1. The Glass Orchard", "H2:2. Hollow Men", "H2:3. Come Home, Alfie", "H2:Also worth a look"]
    assert [f.text for f in a.furniture] == ["Read our full review"] * 3
    once = article(HEADLINE, LEDE, "What Next", BODY, "Read the report", BODY)
    assert "H2:Read the report" in kinds(once)
    # a label and its title said twice at the top, "Book notes: ...", is the headline said again, no button
    head = "Book notes: The Tidewater Clerks, by Hana Okonkwo-Reyes"
    twice = article("Filed under: Book notes", head, "January 28, 2025 · 9 minute read", "", LEDE, BODY)
    again = article(head, "Filed under: Book notes", head, "January 28, 2025 · 9 minute read", "", LEDE, BODY)
    assert twice.title == head and again.title == head
    # a button's label over a word or two, said under each pick, stays a button
    picks = [line for film in ("The Glass Orchard", "Hollow Men") for line in (film, BODY, "See it: Netflix")]
    assert [f.text for f in article(HEADLINE, LEDE, *picks).furniture] == ["See it: Netflix"] * 2


def test_a_dated_byline_in_the_text_is_never_a_heading_and_a_guides_by_train_is():
    from build_tools.parse.rules import heading_evidence
    assert heading_evidence("By Sanjeev P. on 19 August 2025") == "a dated byline"  # under an answer on a shop's page
    assert heading_evidence("By Train") is None  # a travel guide's way there


def test_a_live_pages_other_live_coverage_is_links():
    a = article("Live: Boat Race day", LEDE, "2:20 p.m.", BODY, "1:40 p.m.", BODY, "1:05 p.m.", BODY, "More live coverage",
                "Student Indoor Nationals day two live", "Varsity netball: as it happened")
    assert [f.kind for f in a.furniture] == ["link to another story"] * 3


def test_a_job_boards_buttons_over_nothing_are_furniture_and_a_reference_is_metadata():
    a = article("Research Fellow in Coastal Hydrology", "Ref. ENV-2026-0419", "Apply", "Save", LEDE, BODY)
    assert a.title == "Research Fellow in Coastal Hydrology" and a.stamps == ("Ref. ENV-2026-0419",)
    assert [f.text for f in a.furniture] == ["Apply", "Save"]


def test_a_writers_name_over_a_job_title_at_a_firm_is_the_byline():
    a = article("Guides / Buying", "Your first auction: a step-by-step guide for nervous bidders",
                "Salerooms can feel like a private club, but the rules are simple once someone explains them.",
                "Marcus Oyelaran", "Head of Valuations, Pellow & Finch Auctioneers", "Mar 4, 2026", LEDE, BODY)
    assert a.byline == "Marcus Oyelaran" and a.title.startswith("Your first auction")
    assert "Mar 4, 2026" in a.stamps


def test_an_interview_answered_mostly_in_the_first_person_even_from_my_has_no_faq():
    pairs = [("How did you start?", "By carrying furniture. My father ran the firm and I helped."),
             ("What has changed most since then?", "The internet, obviously. Half of it sells online."),
             ("Has it been good for sellers?", "For the good things, yes, without question."),
             ("Is there a lot you regret selling?", "A small watercolour. My wife still mentions it."),
             ("Will you retire?", "My daughter runs the valuation side now. She will take over.")]
    a = article(HEADLINE, LEDE, *[line for pair in pairs for line in pair])
    assert not [q for s in a.sections for q in s.faq]
    assert all(k == "P" for k in kinds(a))


def test_an_interview_answered_by_named_speakers_has_no_faq_and_an_faqs_answer_labels_do():
    pairs = [("How did the band start?", "Ruby: Tomasz and Kit lived on the same corridor in Ashby Hall."),
             ("Where does the name come from?", "Tomasz: It's a long story involving a quiz night."),
             ("How did you record it?", "Ruby: Mostly in the practice rooms, which you can book for free."),
             ("What happens after you graduate?", "Tomasz: We've agreed to give it one proper year.")]
    a = article(HEADLINE, LEDE, *[line for pair in pairs for line in pair])
    assert not [q for s in a.sections for q in s.faq] and all(k == "P" for k in kinds(a))
    faq = [("Who can apply?", "Answer: Anyone over 18 who lives in the county."),
           ("How much does it cost?", "Answer: Nothing. The scheme is free."),
           ("When does it open?", "Answer: On 1 April, for six weeks.")]
    b = article(HEADLINE, LEDE, "FAQ", *[line for pair in faq for line in pair])
    assert len([q for s in b.sections for q in s.faq]) == 3


def test_a_spaced_series_of_sessions_dated_and_timed_heads_its_sections():
    a = article(HEADLINE, LEDE, "Session One: Thursday 26 March, 10.30am", BODY, BODY,
                "Session Two: Friday 27 March, 10.30am", BODY)
    assert kinds(a) == ["H2:Session One: Thursday 26 March, 10.30am", "P", "P",
                        "H2:Session Two: Friday 27 March, 10.30am", "P"]


def test_a_wire_releases_issuer_under_news_provided_by_is_the_byline_and_its_headline_stays():
    a = article("PR Newsline", "Varden Group to create 600 jobs at new Lisbon recruitment hub", "",
                "Staffing company will serve clients in 14 countries from the centre, which opens in June", "",
                "NEWS PROVIDED BY", "Varden Group plc", "04 Mar, 2026, 08:00 GMT", "", LEDE, BODY)
    assert a.title == "Varden Group to create 600 jobs at new Lisbon recruitment hub"
    assert a.summary.startswith("Staffing company") and a.byline == "Varden Group plc"
    assert ("byline label", "NEWS PROVIDED BY") in [(f.kind, f.text) for f in a.furniture]


def test_a_science_journalists_role_line_and_a_projects_labelled_details_are_the_masthead():
    a = article("OCEAN", "Sea ice loss pushes polar cod spawning earlier, study suggests", "Sigrid Hammervold",
                "Science journalist, UHN Research Magazine", "Published 3 hours ago", "", LEDE, BODY)
    assert a.title.startswith("Sea ice loss") and a.byline == "Sigrid Hammervold"
    b = article("You are here: Home > Research > Projects", "KELPSTORE: following kelp carbon into shelf sediments",
                "Project dates: 1 October 2024 to 30 September 2028", "Funder: Natural Environment Research Fund",
                "Grant reference: NERF/Z51204/1", "", LEDE, BODY)
    assert b.title == "KELPSTORE: following kelp carbon into shelf sediments"


def test_a_threads_handles_and_the_stamps_under_them_are_furniture_not_live_entries():
    a = article(HEADLINE, LEDE, "@sunniva", "Mar 4, 2026, 08:53", "", BODY, "@sunniva", "Mar 4, 2026, 08:56", "",
                BODY, "@sunniva", "Mar 4, 2026, 09:01", "", BODY)
    assert kinds(a) == ["P", "P", "P"]
    assert [f.kind for f in a.furniture] == ["page control"] * 6


def test_a_spaced_series_title_may_close_on_an_aside_in_brackets():
    a = article(HEADLINE, LEDE, "Step 1: Payments and pledges (now to 20 March)", BODY, BODY,
                "Step 2: Tooling and pilot run (April to June)", BODY, "Step 3: Production and shipping (July)", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Step 1: Payments and pledges (now to 20 March)", "H2:Step 2: Tooling and pilot run (April to June)",
        "H2:Step 3: Production and shipping (July)"]


def test_an_old_newspapers_capitals_closed_by_a_stop_head_their_text_and_a_firm_does_not():
    a = article(HEADLINE, LEDE, "CORRESPONDENCE.", BODY, "THE NEW JETTY.", BODY, "KAGEROU & CO.", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:CORRESPONDENCE.", "H2:THE NEW JETTY."]


def test_a_bare_count_is_a_widgets_beside_its_furniture_and_the_storys_under_its_heading():
    a = article(HEADLINE, LEDE, "£31,862 raised of £40,000 target", "1.1K donations", "41 reposts", "", BODY)
    assert [f.text for f in a.furniture] == ["£31,862 raised of £40,000 target", "1.1K donations", "41 reposts"]
    b = article(HEADLINE, LEDE, "The appeal in figures", "£1,046,210 raised", "31,408 supporters", "12 days", "", BODY)
    assert not b.furniture


def test_the_sixth_reviews_examples_keep_their_words():
    """A review of the session's rules reproduced these misfires (tests/fixtures/review/sixth_*.txt):
    a story's own sentences and figures told of the furniture the rules drop."""
    for n in ("01_group-admins-turned-off-comments", "02_appeal-figures-raised-supporters",
              "03_rowing-record-time-countdown", "04_words-of-support-heading", "05_scottish-company-number-sentence",
              "06_fca-registered-firm-sentence", "07_by-election-result-votes", "08_in-stock-out-of-stock-headings",
              "10_views-expressed-in-this-report", "11_editorially-independent-student-paper",
              "12_stand-kindly-sponsored-by", "13_council-acknowledges-traditional-owners",
              "14_election-imprint-quoted-in-court", "15_nonprofit-newsroom-closure",
              "17_join-our-mailing-list-reported", "18_more-live-coverage-label"):
        assert not _review(f"sixth_{n}").furniture, n
    assert {"H2:In stock", "H2:Out of stock"} <= set(_headings(_review("sixth_08_in-stock-out-of-stock-headings")))
    assert len([h for h in _headings(_review("sixth_09_numbered-exhibitions-with-details")) if h[3:4].isdigit()]) == 6
    assert "H2:Apply" in _headings(_review("sixth_16_apply-heading-over-steps"))


def test_the_sixth_reviews_examples_keep_their_masthead_and_faq():
    assert _review("sixth_19_journalist-headline-under-site-name").title.startswith("Serbia frees jailed journalist")
    assert _review("sixth_20_seven-word-staff-headline").title == "Hospital staff in Leeds vote to strike"
    assert _review("sixth_21_status-label-headline").title.startswith("Status: Missing")
    top = _review("sixth_22_news-provided-by-above-headline")
    assert top.title.startswith("Varden Group to open") and top.byline == "Varden Group plc"
    foot = _review("sixth_23_news-provided-by-at-foot")
    assert "NEWS PROVIDED BY" in [f.text for f in foot.furniture]
    for n in ("24_my-account-faq-read-as-interview", "25_festival-faq-labels-read-as-speakers"):
        assert sum(len(s.faq) for s in _review(f"sixth_{n}").sections) == 5, n



def test_the_seventh_reviews_examples_keep_their_words_and_headings():
    """A review of the rules written after the sixth review's fixes reproduced these misfires
    (tests/fixtures/review/seventh_*.txt)."""
    def texts(name):
        return [f.text for f in _review(f"seventh_{name}").furniture]
    assert not [t for t in texts("01_storm-accounts-handle-list") if t.startswith("@")]  # accounts to follow
    assert {"H2:Boosts", "H2:Favourites", "H2:Edited"} <= set(_headings(_review("seventh_02_mastodon-glossary-boosts-favourites-edited")))
    assert "H2:Author" in _headings(_review("seventh_03_obituary-author-section-heading"))
    assert texts("04_recipe-cooking-time-beside-advert") == ["Advertisement"]
    assert not texts("05_training-plan-hours-table")
    for name in ("06_court-report-capitals-messages", "07_1891-letters-capitals-signatures"):
        assert not {"H2:I KNOW WHERE YOU ARE.", "H2:A RATEPAYER.", "H2:AN OLD INHABITANT."} & set(_headings(_review(f"seventh_{name}")))
    assert _review("seventh_08_editor-in-chief-role-line").title.startswith("Why sixty years")
    assert not [q for s in _review("seventh_09_band-interview-single-turn-speakers").sections for q in s.faq]
    assert "H2:Apply" in _headings(_review("seventh_10_apply-heading-over-newsletter-promo"))
    assert any(t.startswith("Harwell Gazette Pet Insurance") for t in texts("11_insurance-sold-by-regulated-footer"))
    assert any(t.startswith("Riverina Today acknowledges") for t in texts("12_acknowledgement-aboriginal-peoples-first"))
    assert any(t.startswith("Golden State Ledger is") for t in texts("13_nonprofit-newsroom-tagline-kept"))
    for name in ("14_wikipedia-last-edited-quoted", "15_bin-dates-previous-next-collection",
                 "16_book-club-next-chapter-schedule", "18_st-dotted-station-listener-supported"):
        assert not texts(name), name
    assert {"H2:Add a note", "H2:Cite this"} <= set(_headings(_review("seventh_17_app-guide-add-a-note-cite-this")))
    assert _review("seventh_19_project-record-duration-status").title.startswith("Restoring chalk streams")
    assert not [h for h in _headings(_review("seventh_20_exhibitions-unnumbered-listing-details")) if "£" in h]


def test_a_live_blogs_dotted_stamps_are_entries_not_decimal_subsections():
    a = article("Live: storm makes landfall on the Gulf coast", LEDE, "Summary", "- Power is out for 200,000 homes.",
                "- Two shelters have opened.", "", "17.05 GMT", BODY, "16.22 GMT", BODY, "15.10 GMT", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Summary", "H2:17.05 GMT", "H2:16.22 GMT", "H2:15.10 GMT"]
    b = article("Business live: ECB cuts rates", LEDE, "17.25 BST: Closing summary", BODY,
                "15.10 BST: Marchal speaks", BODY, "13.15 BST: ECB cuts rates by a quarter point", BODY)
    assert all(k.startswith("H2:") for k in kinds(b) if k.startswith("H"))


def test_a_tick_tocks_hours_nest_under_their_days_and_what_follows_is_their_sibling():
    a = article(HEADLINE, LEDE, BODY, "", "Friday 6 September", "", "4.47pm", BODY, "5.06pm", BODY, "",
                "Saturday 7 September", "", "7.30am", BODY, "", "The evacuation in figures", BODY, "",
                "What we still don't know", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Friday 6 September", "H3:4.47pm", "H3:5.06pm", "H2:Saturday 7 September", "H3:7.30am",
        "H2:The evacuation in figures", "H2:What we still don't know"]




@pytest.mark.parametrize("box", ["What to know", "Key points"])
def test_a_live_pages_days_hold_their_hours_under_its_box_of_key_points(box):
    a = article(HEADLINE, LEDE, box, "- A ruling is not expected for weeks.", "- The court sits again today.", "",
                "Wednesday, March 4", "", "12:40 p.m.", BODY, "11:05 a.m.", BODY, "", "Tuesday, March 3", "",
                "4:50 p.m.", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        f"H2:{box}", "H2:Wednesday, March 4", "H3:12:40 p.m.", "H3:11:05 a.m.", "H2:Tuesday, March 3", "H3:4:50 p.m."]


def test_a_live_pages_days_hold_their_hours_under_a_section_of_its_own_before_them():
    """A section with text of its own ("What happens next") before the box and the days is no
    parent of the days: only a heading right over the first day ("Timeline of events") is."""
    a = article(HEADLINE, LEDE, "What happens next", "- Rescuers will line the new shaft.", "- Inspectors will visit.", "",
                "Key events", "- Miners found alive", "- Rockfall traps three workers", "",
                "Wednesday 19 March", "", "7:26am", BODY, "5:58am", BODY, "", "Tuesday 18 March", "", "4:10pm", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:What happens next", "H2:Key events", "H2:Wednesday 19 March", "H3:7:26am", "H3:5:58am",
        "H2:Tuesday 18 March", "H3:4:10pm"]


@pytest.mark.parametrize("label,level", [("Live updates", 3), ("Timeline (UTC, Monday 2 March)", 3), ("Auto-refresh", 2)])
def test_the_updates_label_over_the_hours_holds_them(label, level):
    """"Live updates", with no text of its own over the time stamps, holds them; another label is their sibling."""
    a = article(HEADLINE, LEDE, "Key announcements so far", "- A new pricing plan.", "- A faster sync engine.", "",
                label, "", "11:48", BODY, "11:20", BODY, "10:52", BODY)
    heads = [k for k in kinds(a) if k.startswith("H")]
    assert heads[-3:] == [f"H{level}:11:48", f"H{level}:11:20", f"H{level}:10:52"]

def test_a_forum_replys_author_over_its_bare_date_is_its_byline_not_a_heading():
    a = article(HEADLINE, LEDE, "hollowfell", "Mar 1", BODY, "Mhairi_R", "Mar 3", BODY, "hollowfell", "Mar 4", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]



def test_a_threads_senders_over_their_dates_and_its_quoted_lines_are_no_headings():
    a = article(HEADLINE, LEDE, BODY, "", "Marguerite Oyelaran", "4 Mar 2026 9:41 a.m.", BODY, "Des Pollard",
                "4 Mar 2026 11:02 a.m.", "> Do we know which weekends yet?", BODY, "Marguerite Oyelaran",
                "4 Mar 2026 11:30 a.m.", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, BODY, "", "Main Stage", "- 21:45 The Hollow Pines", "- 22:30 Kestrel Union", "",
                "Riverside Tent", "- 20:00 The Mavis Trio", "- 21:00 Low Harbour")
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Main Stage", "H2:Riverside Tent"]


def test_the_eighth_reviews_examples_keep_their_headings_and_words():
    """A review of the last rules (tests/fixtures/review/eighth_*.txt)."""
    assert {"H2:Keyboard shortcuts", "H2:Thread view"} <= set(_headings(_review("eighth_01_gmail-keyboard-shortcuts-thread-view")))
    for name, heads in (("02_lockdown-diaries-named-contributors", {"H2:Margaret Ellison", "H2:Daniel Osei"}),
                        ("03_court-timeline-named-people", {"H2:Liam Carter", "H2:Kyle Dawson"}),
                        ("04_covid-19-over-month-timeline", {"H2:COVID-19"})):
        assert heads <= set(_headings(_review(f"eighth_{name}"))), name
    assert [h for h in _headings(_review("eighth_05_inquiry-timeline-days-escape-section")) if "September" in h] == [
        "H3:Friday 6 September", "H3:Saturday 7 September"]
    assert not _review("eighth_06_consultation-reply-via-email").furniture
    assert "H2:> 48 mmol/mol" in _headings(_review("eighth_07_hba1c-bands-greater-than-heading"))
    assert "H2:Participants (3)" in _headings(_review("eighth_08_study-participants-section"))
    assert {"H2:July 2020", "H2:December 2020"} <= set(_headings(_review("eighth_09_lowercase-album-over-month")))


def test_a_live_pages_writer_at_the_ground_is_the_byline_and_the_headline_over_it_stays():
    a = article("Football", "Breckford Rovers 2-1 Breckford City: Okonjo double settles derby – as it happened", "",
                "Samuel Okonjo scored twice in the second half as Rovers came from behind to win the derby", "",
                "Tom Verity at Holloway Park", "Wed 4 Mar 2026 21.58 GMT", "", LEDE, BODY)
    assert a.title.startswith("Breckford Rovers 2-1") and a.summary.startswith("Samuel Okonjo")
    assert a.byline == "Tom Verity at Holloway Park"


def test_a_newsletter_promotion_between_its_skip_markers_is_furniture_every_line():
    a = article(HEADLINE, LEDE, "skip past newsletter promotion", "Sign up to Green Light", "Free weekly newsletter",
                "The planet’s most important stories, explained every Wednesday",
                "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by "
                "outside parties.", "after newsletter promotion", BODY)
    assert kinds(a) == ["P"] and len(a.furniture) == 6
    b = article(HEADLINE, LEDE, "skip past newsletter promotion", BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY)
    assert kinds(b) == ["P"] * 8  # no end marker in reach: only the marker itself


def test_page_links_copied_without_a_space_between_them_are_furniture_together():
    a = article("Skip to contentSkip to site index", "Today’s Paper", HEADLINE, "", LEDE, "View image in fullscreen",
                BODY)
    assert a.title == HEADLINE
    assert [f.text for f in a.furniture] == ["Skip to contentSkip to site index", "Today’s Paper",
                                             "View image in fullscreen"]
    assert furniture_kind("McDonald’s opens in the HarbourCentre") is None  # a glued name is no link


def test_a_us_papers_town_and_state_over_the_lede_is_the_dateline_under_a_headline():
    top = ("WKTV 7 News", "", "Watch Live", "Weather Alerts: 2", "News", "Weather", "Sports", "7 On Your Side",
           "Contests", "Search", "", HEADLINE, "", "Marisol Vega", "Investigative Reporter",
           "Published: Mar. 4, 2026 at 5:12 PM EST", "Updated: 2 hours ago", "",
           "Watch: Former treasurer sentenced in Ridgefield schools theft case", "01:54", "")
    a = article(*top, "RIDGEFIELD, Ohio", "", LEDE, "", BODY)
    assert a.dateline == "RIDGEFIELD, Ohio" and a.title == HEADLINE and kinds(a) == ["P"]
    b = article(*top, "BACKGROUND", "", LEDE, "", BODY)
    assert b.dateline is None  # capitals with no state: a section's heading


def test_a_key_points_box_that_lost_its_bullets_is_a_list_and_the_lede_under_it_the_summary():
    a = article(HEADLINE, "By state political reporter Callum Ferris", "Posted Wed 4 Mar 2026 at 5:43am", "Key points:",
                "Gemma Rourke held shares in a company that won a dredging contract",
                "The Premier says he was told about the holding on Tuesday night",
                "The opposition wants the anti-corruption commission to investigate", LEDE, BODY)
    assert a.summary == LEDE
    lists = [b for b in a.intro if isinstance(b, BulletList)]
    assert len(lists) == 1 and len(lists[0].items) == 3
    b = article(HEADLINE, LEDE, "Key points:", "Venue: Hampden Park, Glasgow", "Kick-off: 8pm on Thursday", BODY)
    assert not [x for x in b.intro if isinstance(x, BulletList)]  # a factbox's terms stay its lines


def test_a_news_agencys_name_alone_in_the_masthead_is_the_byline_never_the_dateline():
    for credit in ("AFP", "dpa", "With AFP", "ANI", "Associated Press"):
        a = article(HEADLINE, "", credit, "Updated: Mar 6, 2025, 04:12 IST", "", LEDE, BODY)
        assert (a.byline, a.dateline, a.title) == (credit, None, HEADLINE), credit
    b = article(HEADLINE, "PARIS", "", LEDE, BODY)
    assert b.dateline == "PARIS" and b.byline is None


def test_a_fixture_over_its_day_time_and_place_heads_its_section_and_its_repeated_parts_nest_under_it():
    a = article(HEADLINE, LEDE,
                "Harbourside City v Dunmere", "Saturday, 3pm, Quayside Stadium", "Team news", BODY, "Prediction", BODY,
                "Aldmoor United v Harrowgate Women", "Sunday, 2pm, Brackenfield Road", "Team news", BODY, "Prediction",
                BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Harbourside City v Dunmere", "H3:Team news", "H3:Prediction",
        "H2:Aldmoor United v Harrowgate Women", "H3:Team news", "H3:Prediction"]


def test_numbered_lines_that_do_not_count_up_are_one_list_keeping_their_numbers():
    side = [f"{n}. Player {n}" for n in (15, 14, 13, 12, 11, 10, 9, 1, 2, 3, 4, 5, 6, 7, 8)]
    a = article(HEADLINE, LEDE, "WARRIORS XV", *side, "REPLACEMENTS", "16. Ollie Brennan", "17. Jamie Treloar",
                "18. Petelo Sua", BODY)
    lists = [b for s in a.sections for b in s.blocks if isinstance(b, BulletList)]
    assert [len(x.items) for x in lists] == [15, 3] and lists[0].items[0].text == "15. Player 15"
    assert "- 15\\. Player 15" in render_briefing(a)  # the number shown as written, no list of its own
    b = article(HEADLINE, LEDE, "6. How you can help", "1. Cut a hole in the fence.", "2. Leave a wild corner.",
                "3. Put out water.", BODY)
    assert kinds(b) == ["OL1", "OL3", "P"]  # a line over a list counting from 1 is never one of its items


def test_the_ninth_reviews_examples_keep_their_bylines_headings_and_words():
    """A review of the session's rules reproduced these misfires (tests/fixtures/review/ninth_*.txt)."""
    assert _review("ninth_01_nfl-matchup-at-line-byline").byline == "By Dan Whitcombe"  # a game "at" a ground
    assert _review("ninth_02_photo-caption-at-place-byline").byline == "By Rachel Nguyen and Tom Lister"
    assert "H2:ShareX" in _headings(_review("ninth_03_sharex-glued-brand-dropped"))  # "X" is no link of its own
    for n, heading in (("04_video-unavailable-heading-dropped", "Video unavailable"),
                       ("05_click-to-play-heading-dropped", "Click to play"),
                       ("06_todays-paper-heading-dropped", "Today's Paper")):
        a = _review(f"ninth_{n}")
        assert heading in [s.heading for s in a.sections] and heading not in [f.text for f in a.furniture], n
    quoted = _review("ninth_07_newsletter-markers-explained")  # the markers quoted, no sign-up between them
    assert not [f for f in quoted.furniture if f.text.startswith("This is a link.")]
    roundup = _review("ninth_08_caps-town-state-section-heading")
    assert roundup.dateline is None and "H2:MARFA, Texas" in _headings(roundup)
    story = _review("ninth_09_reuters-topic-tag-byline")  # a story about the agency, its tag no byline
    assert story.byline is None
    wrapped = _review("ninth_11_summary-wrapped-paragraph-bullets")  # a paragraph wrapped before its names
    assert not [b for s in wrapped.sections for b in s.blocks if isinstance(b, BulletList)]


def test_a_video_players_words_are_furniture_beside_its_other_furniture():
    a = article(HEADLINE, LEDE, "Watch: Harbour City fans celebrate", "Video Loading", "01:54", BODY)
    assert "Video Loading" in [f.text for f in a.furniture]
    b = article(HEADLINE, LEDE, "Share", "Tap to play", "Advertisement", BODY)
    assert "Tap to play" in [f.text for f in b.furniture]


def test_a_paywalls_offers_and_a_comment_prompt_are_furniture_in_a_run_and_headings_alone():
    a = article(HEADLINE, LEDE, "Try unlimited access", "Only £1 for 4 weeks", "Explore our full range of subscriptions",
                BODY)
    assert [f.text for f in a.furniture] == ["Try unlimited access", "Only £1 for 4 weeks",
                                             "Explore our full range of subscriptions"]
    b = article(HEADLINE, LEDE, "Only £1 for 4 weeks", BODY, "Share what you think", BODY)
    assert not b.furniture and _headings(b) == ["H2:Only £1 for 4 weeks", "H2:Share what you think"]


def test_a_fact_checks_writer_is_its_byline_and_the_headline_over_it_stays():
    a = article("FactLine", "FACT CHECK", "", "No, a new study did not find that all tap water is now unsafe", "",
                "A video viewed more than 2 million times misrepresents research on PFAS in rainwater", "",
                "Fact check by Sana Mirza", "Published on 4 March 2026", "", LEDE, BODY)
    assert a.title.startswith("No, a new study") and a.byline == "Fact check by Sana Mirza"


def test_the_tenth_reviews_examples_keep_their_words_headings_and_bylines():
    """A review of the rules after the ninth review reproduced these misfires
    (tests/fixtures/review/tenth_*.txt): a story's own words read as a site's acknowledgement,
    ad labels, a commenter's header, a paywall's offers or a fact check's byline."""
    for n in ("01_hospital-wall-first-nations-custodians", "02_treaty-preamble-first-peoples-custodians",
              "04_charity-report-supported-by-funders", "05_media-column-around-the-web",
              "06_war-timeline-place-days-ago", "07_subscription-deals-roundup-offers",
              "09_howto-fact-check-by-headings", "10_consultation-share-what-you-think",
              "11_rivers-trust-from-our-partners", "12_ad-label-explainer-glossary"):
        assert not _review(f"tenth_{n}").furniture, n
    assert "2x" not in [f.text for f in _review("tenth_03_key-numbers-2x-beside-advertisement").furniture]
    story = _review("tenth_08_title-case-headline-fact-check-by")
    assert story.title.startswith("Fact Check by Community Notes") and story.byline.startswith("By Marcus Feld")


def test_a_compilers_byline_with_a_colon_and_a_columnists_are_bylines_and_the_headline_over_them_stays():
    for credit in ("Compiled by: Tomasz Zielinski, Agnieszka Wrobel", "Column by Olena Marchuk"):
        a = article("NA ŻYWO / LIVE", "LIVE: Farmers block roads across Poland as talks with the minister collapse", "",
                    "Tractor convoys are blocking more than 150 roads and two border crossings", "", credit,
                    "04.03.2026 14:20", "", LEDE, BODY)
        assert a.title.startswith("LIVE: Farmers") and a.byline == credit, credit


def test_a_tab_rows_empty_last_cell_lost_with_its_trailing_tab_is_left_blank():
    a = article(HEADLINE, LEDE, "Line\tStatus\tDetails", "Red line\tSevere delays\tFlooding at Quayside",
                "Blue line\tGood service\t", "Orange line\tMinor delays\tSignal fault", BODY)
    tables = [b for b in a.intro if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows[1] == ("Blue line", "Good service", "")


def test_a_sentence_opening_back_to_is_text_and_a_back_link_furniture():
    a = article(HEADLINE, LEDE, "Back to normal as of this afternoon.", BODY, "Back to all press releases")
    assert [f.text for f in a.furniture] == ["Back to all press releases"]


def test_the_eleventh_reviews_examples():
    """A review of the last rules (tests/fixtures/review/eleventh_*.txt): a headline read as a
    columnist's byline, a note and a text line taken into the tab table over them, back links
    ending in a stop kept as text."""
    column = _review("eleventh_01_column-by-column-heading")
    assert column.title == "Column By Column, Brick By Brick" and column.byline is None
    for n in ("02_tab-table-note-absorbed", "03_tab-table-summary-line-absorbed"):
        a = _review(f"eleventh_{n}")
        assert [len(b.rows) for s in [a.intro, *[x.blocks for x in a.sections]] for b in s if isinstance(b, Table)] == [3], n
    for n, link in (("04_back-to-homepage-stop", "Back to the homepage."), ("05_back-to-all-news-stop", "Back to all news.")):
        assert link in [f.text for f in _review(f"eleventh_{n}").furniture], n


# Headings the article's other headings do not bear out --------------------------------

def test_a_short_line_over_a_heading_with_nothing_in_its_style_elsewhere_is_text():
    # A place over a release's heading: neither another heading in its style nor a second
    # subsection under it. Nor a name over an author's note in capitals, whose other
    # headings are in sentence case.
    lines = (HEADLINE, LEDE, "Nanaimo, British Columbia", "Pharmacy robbery suspects sought", BODY, BODY)
    assert [k for k in kinds(article(*lines)) if k.startswith("H")] == ["H2:Pharmacy robbery suspects sought"]
    assert any("nothing in the article's other headings" in n.message for n in notes("\n".join(lines)) if n.line == 3)
    b = article(HEADLINE, LEDE, "What was found", BODY, "Where it goes next", BODY, "Priya Nair",
                "ABOUT THE AUTHOR", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:What was found", "H2:Where it goes next",
                                                          "H2:ABOUT THE AUTHOR"]


def test_a_section_opening_on_its_first_of_several_subsections_still_heads_them():
    # The same shape, where a second subsection follows ("WALES" after "ITALY"), or other
    # sections share the opener's style, is a section opening on its first subsection.
    a = article(HEADLINE, LEDE, "SQUADS", "ITALY", BODY, "WALES", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:SQUADS", "H3:ITALY", "H3:WALES"]
    b = article(HEADLINE, LEDE, "Results", "Men's race", BODY, "Women's race", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:Results", "H3:Men's race", "H3:Women's race"]
    c = article(HEADLINE, LEDE, "TEAM NEWS", BODY, "BALLOT MEASURES", "Library parcel tax", BODY)
    assert [k for k in kinds(c) if k.startswith("H")] == ["H2:TEAM NEWS", "H2:BALLOT MEASURES",
                                                          "H3:Library parcel tax"]


def test_one_word_in_capitals_alone_among_other_headings_is_text():
    a = article(HEADLINE, LEDE, "What the grid operator said", BODY, "SOLVED", BODY, "What happens next", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:What the grid operator said", "H2:What happens next"]
    # Capitals that say what the section holds, or an article of capital headings, keep theirs.
    b = article(HEADLINE, LEDE, "What the critics said", BODY, "THE VERDICT", BODY)
    assert "H2:THE VERDICT" in kinds(b)
    c = article(HEADLINE, LEDE, "BUSES", BODY, "TRAINS", BODY)
    assert [k for k in kinds(c) if k.startswith("H")] == ["H2:BUSES", "H2:TRAINS"]


def test_a_sentence_cut_by_a_pasted_link_is_one_paragraph_again():
    a = article(HEADLINE, LEDE, "The money", BODY, "Transport minister Eilidh Strachan said the government had",
                "Read more: Ferry review: the twelve recommendations in full",
                "accepted that advice in full and would set out a ten-year vessel plan before the summer recess.")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:The money"]
    assert a.sections[0].blocks[-1].text == ("Transport minister Eilidh Strachan said the government had accepted "
                                             "that advice in full and would set out a ten-year vessel plan before "
                                             "the summer recess.")
    # A whole sentence over one opening in lower case is not cut: two paragraphs.
    c = article(HEADLINE, LEDE, "The council met on Tuesday to agree the plan.",
                "Read more: Ferry review: the twelve recommendations in full",
                "eBay sellers at the market will pay the new fee from April, the council said.")
    assert [b.text for b in c.intro] == ["The council met on Tuesday to agree the plan.",
                                         "eBay sellers at the market will pay the new fee from April, the council said."]
    # A heading over a glossary's lower-case terms, or a lettered part, stays a heading.
    b = article(HEADLINE, LEDE, "Words in this story", "graze – v. to eat grass or other plants growing in a field.", BODY)
    assert "H2:Words in this story" in kinds(b)


@pytest.mark.parametrize("line,kind", [
    ("Share this article via X", "share prompt"),
    ("Share this article via email", "share prompt"),
    ("Listen (3 min)", "read time"),
    ("{copyShortcut} to copy", "share prompt"),  # a copy-link widget's shortcut hint, its template unfilled
    ("Press Ctrl+C to copy", "share prompt"),
    ("Editorial Standards ⓘ", "share prompt"),
    ("Journalistic Standards and Practices", "share prompt"),
    ("4m 12s", "read time"),  # an audio player's length
    ("01:58 - Source: GNN", "read time"),  # a video's length and its source
    ("Ad Feedback", "advertisement"),
    ("Video Ad Feedback", "advertisement"),
    ("Explore more", "page control"),
    ("Show more stories", "page control"),
    ("Skip next section Explore more", "page control"),
    ("Permalink https://rw.example/a-7741982", "share prompt"),
    ("Photography: Orrin Vale for Stage & Screen Weekly", "photo credit or caption"),
    ("Data analysis and graphics: Ravi Osei", "photo credit or caption"),
    ("Alt text: Line chart. Monthly notices rose from about 900 in 2021 to 3,400 in 2025.", "photo credit or caption"),
    ("In partnership with Halden Building Society", "advertisement"),
    ("Previous close 55.92", "market data"),  # a quote page's key statistics
    ("Day's range 59.75 - 62.40", "market data"),
    ("Avg. volume 2,190,340", "market data"),
    ("Open 60.10", "market data"),
    ("Volume 8,412,655", "market data"),
])
def test_widgets_credits_and_quote_statistics_are_furniture(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Photography: the basics",  # a guide's heading names no one
    "Volume rose sharply on Tuesday.",
    "Volume 1", "Open 8.00 - 23.00", "Open 72.5",  # a book's part, a shop's hours, a score
    "Go further",  # a guide's heading
    "in partnership with Tamworth Regional Council and",  # a wrapped line of a paragraph
    "Jump to conclusions", "Auto-refresh",  # headings like a page's controls (a browser extension's feature)
    "This piece is republished every spring because readers ask for it.",  # no source it ran in first
    "The lenders will provide a $1.3bn syndicated loan to buy beans from farmers.",
])
def test_lines_like_those_widgets_and_credits_are_text(line):
    assert furniture_kind(line) is None


def test_a_byline_under_a_sites_section_labels_is_the_byline_not_a_menu_item():
    a = article("Scottish News", "Courts", "By Fraser McInnes", "Senior Reporter", "08:15, 5 Mar 2026", LEDE, BODY)
    assert a.byline == "By Fraser McInnes"


def test_a_listicles_numbered_point_may_run_to_a_sentences_length():
    a = article(HEADLINE, LEDE, "Here's how to spot the scam, according to the sheriff's office.",
                "1. The caller says you missed jury duty or a court date", BODY,
                "2. They want money right now", BODY, "3. They ask for gift cards", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:1. The caller says you missed jury duty or a court date", "H2:2. They want money right now",
        "H2:3. They ask for gift cards"]


def test_a_section_that_asks_holds_its_parts_up_to_the_next_that_asks():
    a = article(HEADLINE, LEDE, "Why 300,000?", "The case for", BODY, "The case against", BODY,
                "Who will build them?", "Private builders", BODY, "Councils and housing associations", BODY,
                "Where will they go?", BODY, "Will it work?", "The short answer", BODY, "The long answer", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Why 300,000?", "H3:The case for", "H3:The case against", "H2:Who will build them?",
        "H3:Private builders", "H3:Councils and housing associations", "H2:Where will they go?",
        "H2:Will it work?", "H3:The short answer", "H3:The long answer"]


def test_the_twelfth_reviews_examples():
    """A review of the whole-article heading check, the cut-sentence join, the listicle's longer
    points and the byline kept out of menus (tests/fixtures/review/twelfth_*.txt)."""
    easyjet = _review("twelfth_01_heading-over-easyjet-paragraph")
    assert "H2:What the main carriers are telling passengers" in _headings(easyjet)
    assert any(b.text.startswith("easyJet said") for s in easyjet.sections for b in s.blocks)
    assert "H2:TIMELINE" in _headings(_review("twelfth_02_timeline-caps-heading"))
    options = _review("twelfth_03_numbered-options-with-subbullets")
    assert not any(h.startswith("H2:1.") or h.startswith("H2:2.") for h in _headings(options))
    assert _review("twelfth_04_by-sector-menu-steals-byline").byline == "By Ruth Okafor"
    assert _headings(_review("twelfth_05_background-over-lone-subsection"))[-2:] == [
        "H2:Background", "H3:The 2015 nuclear deal"]
    assert _headings(_review("twelfth_06_what-happens-next-lone-subsection"))[-2:] == [
        "H2:What happens next", "H3:Standing charges under review"]


def test_a_role_before_the_name_is_a_byline_and_where_the_writer_reported_from_goes_with_it():
    a = article("Pacific", "Tauvale prime minister ousted in no-confidence vote over fisheries deal",
                "Pacific affairs reporter Mele Fonua", "Posted 4h ago, updated 1h ago", "Listen to this article",
                "4m 12s", LEDE, BODY)
    assert a.title.startswith("Tauvale prime minister") and a.byline == "Pacific affairs reporter Mele Fonua"
    b = article("After an Election Stalemate, Old Rivals Weigh an Unlikely Deal", "Share full article", "428",
                "Hale Demirci arriving at her party's headquarters on Thursday. Credit: Emre Kaya for The Sentinel",
                "By Hannah Ostrow", "Reporting from Amaru, Kesh Republic", "March 5, 2026", "Updated 5:18 p.m. ET",
                LEDE, BODY)
    assert b.byline == "By Hannah Ostrow" and not b.sections
    assert "Reporting from Amaru, Kesh Republic" in b.stamps and "March 5, 2026" in b.stamps


def test_an_officers_title_under_the_writers_name_is_the_bylines_role_not_the_dateline():
    a = article("Harrow River flooding: official updates from the Regional Emergency Management Office",
                "This page is updated as new information becomes available.", "Marta Quinlan",
                "Public Information Officer", "Last updated 2:15 p.m., March 4, 2026", LEDE, BODY)
    assert a.byline == "Marta Quinlan" and a.dateline is None and "Public Information Officer" in a.stamps


def test_the_headlines_part_before_its_colon_in_capitals_among_capital_headings_is_a_section():
    a = article("Forty-One Companies, One Accountant: The Network Behind Varessa's Worst Flats",
                "A Cadmus Project analysis of company filings links hundreds of flats to a web of firms.",
                "By Luca Ferrand and Ines Morel", LEDE, "THE FIRST ADDRESS", BODY,
                "FORTY-ONE COMPANIES, ONE ACCOUNTANT", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:THE FIRST ADDRESS", "H2:FORTY-ONE COMPANIES, ONE ACCOUNTANT"]
    assert not a.furniture


def test_the_thirteenth_reviews_examples():
    """A review of the role-first byline, "Reporting from", an officer's title, the credits,
    and the headline's part in capitals (tests/fixtures/review/thirteenth_*.txt)."""
    roundup = _headings(_review("thirteenth_01_obituary-roundup-role-name-headings"))
    assert "H2:Former editor Margaret Ellison" in roundup and "H2:Political columnist Ruth Adeyemi" in roundup
    assert "H2:Reporting from Kyiv" in _headings(_review("thirteenth_02_reporting-from-section-heading"))
    assert "H2:The Press Secretary" in _headings(_review("thirteenth_03_press-secretary-whos-who-heading"))
    assert "H2:Photography: Getting Started" in _headings(_review("thirteenth_04_photography-course-heading"))
    assert not [f for f in _review("thirteenth_05_laptop-spec-graphics-line").furniture if f.text.startswith("Graphics")]
    tagged = _review("thirteenth_06_capitals-series-tag-kicker")
    assert "H2:ELECTION 2026" not in _headings(tagged)


def test_a_guest_writers_name_and_long_role_over_the_date_is_the_byline():
    a = article("The Yarrabee Advocate", "Opinion", "Your Say", "Yarrabee pool closure: ratepayers were never asked",
                "Bev Harland, Yarrabee District Ratepayers Association president", "March 1 2026 - 6:00am", LEDE, BODY)
    assert a.title == "Yarrabee pool closure: ratepayers were never asked"
    assert a.byline == "Bev Harland, Yarrabee District Ratepayers Association president"


def test_the_fourteenth_reviews_examples():
    """A review of the sponsor's line, a quote page's statistics, the live-coverage link, "Go
    further" and the longer name-and-role line (tests/fixtures/review/fourteenth_*.txt)."""
    assert _review("fourteenth_01_live-follow-headline-dropped").title.startswith("Live: Follow the count")
    assert "H2:Go further" in _headings(_review("fourteenth_02_go-further-guide-heading"))
    obituary = _review("fourteenth_03_obituary-headline-taken-as-byline")
    assert obituary.title.startswith("Agnes Whitlock, the nurse") and obituary.byline is None
    partnership = _review("fourteenth_04_in-partnership-with-headline-and-sentence")
    assert partnership.title.startswith("In partnership with Beijing") and not partnership.furniture
    assert not _review("fourteenth_05_wrapped-partnership-line-cut").furniture
    assert [h for h in _headings(_review("fourteenth_06_volume-headings-dropped")) if "Volume" in h] == [
        "H2:Volume 1", "H2:Volume 2", "H2:Volume 3", "H2:Volume 4"]


@pytest.mark.parametrize("line", [
    "Posted by benchmark_ben on 4 Mar 2026, 21:07",
    "Medically reviewed by Dr. Sunita Varghese, MD — Written by Callum Reyes on March 4, 2026",
])
def test_a_posters_handle_and_date_and_a_health_sites_two_credits_are_a_byline(line):
    assert is_byline(line)
    assert not is_byline("Posted by the council on Monday") and not is_byline("Posted by mistake on 4 March 2026")


@pytest.mark.parametrize("line", ["Words by Ravi Chandran, club media officer", "Story by Ann Lee, press officer",
                                  "By Jo Marsh, communications officer, and Ed Hale, reporter"])
def test_a_credits_lead_and_a_role_in_lower_case_are_a_byline(line):
    assert is_byline(line)
    a = article("Menu", "Brackenfield Juniors FC", HEADLINE, "A record season ends with 212 trophies handed out to players",
                line, "Updated 3 June 2025", "", LEDE, BODY)
    assert (a.title, a.byline) == (HEADLINE, line)
    assert not is_byline("Words by the officer, who asked not to be named")


def test_a_unit_named_with_and_is_a_byline():
    line = "By the Population and Migration Statistics Unit"
    assert is_byline(line) and not is_byline("By the way and then some")
    assert is_byline("By the Health and Social Care team")
    assert not any(is_byline(heading) for heading in ("By the Sea and Shore", "By the Book and Beyond", "By the Bride and Groom"))
    a = article(HEADLINE, "Published 26 June 2025", line, "", LEDE, "Key findings", BODY, "Migration", BODY)
    assert a.byline == line and [s.heading for s in a.sections] == ["Key findings", "Migration"]


def test_an_empty_heading_among_headings_opening_on_one_word_is_a_section_not_one_more():
    """"Makeup" with no text, over "Best Foundation", between "Best ..." awards: the next
    category, never one more award under "Skincare"."""
    win = "Winner: Pellucid Oat Milk Cleanser, £12"
    a = article(HEADLINE, LEDE, "How We Judged", BODY, "Skincare", "Best Cleanser", win, BODY, "Best Serum", win, BODY,
                "Makeup", "Best Foundation", win, BODY, "Best Mascara", win, BODY, "Hair", "Best Shampoo", win, BODY)
    assert [(s.heading, s.level) for s in a.sections] == [
        ("How We Judged", 2), ("Skincare", 2), ("Best Cleanser", 3), ("Best Serum", 3), ("Makeup", 2),
        ("Best Foundation", 3), ("Best Mascara", 3), ("Hair", 2), ("Best Shampoo", 3)]


def test_under_sections_in_capitals_subsections_of_any_case_style_nest():
    """Sections in capitals over sentence-case subsections: a region's "North of England",
    Title Case, under "THE FULL LIST" is one of its subsections too."""
    items = ["1. Brackenford, Corn Street - March 8", "2. Saltby, Harbour Retail Park - March 8"]
    a = article(HEADLINE, LEDE, "THE FULL LIST", BODY, "North of England", *items, "Midlands", *items,
                "South and Wales", *items, "ADVICE FOR SHOPPERS", "Gift cards and credit notes", BODY, "Returns", BODY)
    assert [(s.heading, s.level) for s in a.sections] == [
        ("THE FULL LIST", 2), ("North of England", 3), ("Midlands", 3), ("South and Wales", 3),
        ("ADVICE FOR SHOPPERS", 2), ("Gift cards and credit notes", 3), ("Returns", 3)]


def test_a_closing_section_in_capitals_right_over_its_parts_holds_them():
    """"METHODOLOGY" is a document's closing section, no one's child; in capitals, with no text
    of its own, right over "How the survey works", it holds its parts as the other sections do."""
    a = article(HEADLINE, LEDE, "SUMMARY", BODY, "PRODUCTION BY CROP", "Cereals", BODY, "Oilseeds", BODY,
                "METHODOLOGY", "How the survey works", BODY, "Quality", BODY, "Revisions", BODY)
    assert [(s.heading, s.level) for s in a.sections] == [
        ("SUMMARY", 2), ("PRODUCTION BY CROP", 2), ("Cereals", 3), ("Oilseeds", 3),
        ("METHODOLOGY", 2), ("How the survey works", 3), ("Quality", 3), ("Revisions", 3)]
    b = article(HEADLINE, LEDE, "SUMMARY", BODY, "PRODUCTION BY CROP", "Cereals", BODY, "Oilseeds", BODY,
                "Methodology", BODY)  # with text of its own, in another style: a section
    assert [(s.heading, s.level) for s in b.sections][-1] == ("Methodology", 2)


def test_a_name_in_capitals_ending_on_an_abbreviation_is_no_sentence():
    """"ATELIER & CO." atop the page ends on its abbreviation, as "Smith & Co." does: the
    magazine's name, never the page's first paragraph, so the headline under it is the title."""
    assert not any(ends_like_sentence(name) for name in ("ATELIER & CO.", "HARLAND BROS. & CO.", "MERIDIAN LTD."))
    assert ends_like_sentence("THE TEAM WON 3-1.")
    a = article("ATELIER & CO.", "Home   Fashion   People   Runway   Shop", "PEOPLE", HEADLINE, "By Giulia Ferro",
                "12 March 2025", LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)


def test_parts_named_by_a_noun_end_at_a_heading_that_asks():
    a = article(HEADLINE, LEDE, "The timeline", BODY, "What went wrong", "The power fault", BODY, "The failover", BODY,
                "Who was hit", BODY, "What the company says it will change", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:The timeline", "H2:What went wrong", "H3:The power fault", "H3:The failover", "H2:Who was hit",
        "H2:What the company says it will change"]


def test_the_fifteenth_reviews_examples():
    """A review of the wh-heading ending a section's parts, the Auto-update toggle and the
    poster's dated byline (tests/fixtures/review/fifteenth_*.txt)."""
    benefits = _headings(_review("fifteenth_01_benefits-guide-who-qualifies"))
    assert benefits.count("H3:Who qualifies") == 3 and benefits.count("H3:How to claim") == 3
    assert {"H3:Where the Crawdads Sing", "H3:When Breath Becomes Air", "H3:The Wager"} <= set(
        _headings(_review("fifteenth_02_book-titles-opening-on-where-when")))
    assert {"H3:When the levee broke", "H3:Where the money went", "H3:The inquiry"} <= set(
        _headings(_review("fifteenth_03_flood-narrative-when-the-levee-broke")))
    assert "H3:Which roads keep the old limit" in _headings(_review("fifteenth_04_asking-section-which-roads-part"))
    assert "H2:Auto-update" in _headings(_review("fifteenth_05_router-review-auto-update-heading"))
    forum = _review("fifteenth_06_forum-quotes-posted-by-at-foot")
    assert forum.byline == "By Owen Castellanos" and not [f for f in forum.furniture if f.text.startswith("Posted by")]


def test_the_sixteenth_reviews_examples():
    """A review of the site's name over a headline, listings' details and schedules, tables'
    captions, post stamps, "Week ending", "Published in" and split wire credits
    (tests/fixtures/review/sixteenth_*.txt)."""
    film = _review("sixteenth_01_film-review-title-kicked")
    assert film.title == "The Salt Road" and film.summary.startswith("A widowed fisherman")
    assert _headings(_review("sixteenth_02_ward-diary-time-headings"))[:3] == [
        "H2:Thursday, 7am, the nurses' station", "H2:Thursday, 2pm, bay three", "H2:Friday, 3am, the corridor"]
    assert _headings(_review("sixteenth_03_year-heading-over-table"))[:2] == [
        "H2:What schools will get in 2026-27", "H2:Where the money goes"]
    assert _headings(_review("sixteenth_04_week-ending-diary-headings")) == [
        "H2:Week ending 7 March", "H2:Week ending 14 March", "H2:Week ending 21 March"]
    assert _headings(_review("sixteenth_05_travel-diary-place-date-headings"))[:3] == [
        "H2:Lisbon · 2 March 2026", "H2:Porto · 4 March 2026", "H2:Vigo · 6 March 2026"]
    journals = _review("sixteenth_06_journal-citation-published-in")
    assert not [f for f in journals.furniture if f.text.startswith("Published in")]
    wire = _review("sixteenth_07_split-wire-credit-at-foot")
    assert wire.byline is None and [f.kind for f in wire.furniture] == ["agency credit"] * 3


def test_category_labels_over_a_numbered_run_are_sibling_sections_never_the_dateline():
    a = article(HEADLINE, "By Jo Lee", "March 2, 2026", "", "DRAMA", "", "1. Powder (Lumen+)", "", BODY, "",
                "2. The Quiet Wing (Channel 9)", "", BODY, "", "COMEDY", "", "3. Second Prize (Streamly)", "", BODY, "",
                "4. Desk Share (Channel 9)", "", BODY)
    assert a.dateline is None
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:DRAMA", "H3:1. Powder (Lumen+)", "H3:2. The Quiet Wing (Channel 9)",
        "H2:COMEDY", "H3:3. Second Prize (Streamly)", "H3:4. Desk Share (Channel 9)"]


def test_an_issue_line_over_the_date_is_the_newsletters_issue_not_its_headline():
    a = article("Hartley Fields Residents' Association", "Hartley Fields Residents' Association – Spring Update",
                "Newsletter No. 47", "4/3/2026", LEDE, "What Next", BODY)
    assert (a.title, a.summary) == ("Hartley Fields Residents' Association – Spring Update", LEDE)


def test_a_tv_investigators_role_under_her_name_is_no_dateline_and_a_clerks_sign_off_no_heading():
    a = article(HEADLINE, "Kayla Brandt", "Consumer Investigator", "Published: 11:30 AM CST Mar 4, 2026", LEDE,
                "What Next", BODY, "Rosalind Tapper, Clerk", "Notices", BODY)
    assert a.dateline is None and "H2:Rosalind Tapper, Clerk" not in kinds(a)
    from build_tools.parse.text import is_byline
    assert not is_byline("BY THE NUMBERS") and is_byline("BY JANE DOE")


@pytest.mark.parametrize("header", [
    ("The Ridgeline Courier", "Your community. Your news.", "Home | Schools | Government | Business | Obituaries"),
    ("Tarmac Diaries", "Notes from the fence at Halsey Cross and beyond", "Home   About   Logs   Gallery   Contact", ""),
])
def test_a_sites_tagline_over_its_menu_is_neither_the_headline_nor_the_standfirst(header):
    a = article(*header, HEADLINE, "By Marcus Feld", "4/3/2026", LEDE, "What Next", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)


def test_a_transcript_label_over_the_text_heads_it_and_alone_at_the_foot_is_a_button():
    a = article(HEADLINE, LEDE, BODY + " " + BODY, "Transcript", BODY + " " + BODY, "Refresh page")
    assert kinds(a) == ["P", "H2:Transcript", "P"] and [f.text for f in a.furniture] == ["Refresh page"]
    assert [f.text for f in article(HEADLINE, LEDE, "What Next", BODY, "Transcript").furniture] == ["Transcript"]


def test_a_transcripts_time_coded_questions_are_its_turns_never_an_faq_nor_headings():
    turns = ["Starting point is 00:01:48 Wait for what?", BODY + " " + BODY, "Starting point is 00:02:05 The clocks?",
             BODY + " " + BODY, "[00:03:41] And the clocks in the other wards?", BODY + " " + BODY]
    a = article(HEADLINE, LEDE, "Transcript", *turns)
    assert not any(s.faq for s in a.sections) and not [k for k in kinds(a) if k.startswith(("H", "FAQ"))]


def test_a_deals_price_drop_is_its_text_never_a_heading():
    deals = [line for product, price in (("Auralis Book 14", "Was £799, now £549 at Currys"),
                                         ("Kestrel Buds Pro", "Was £99, now £49 at Amazon"))
             for line in (product, BODY, price)]
    a = article(HEADLINE, LEDE, *deals, "Smart home", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Auralis Book 14", "H2:Kestrel Buds Pro", "H2:Smart home"]
    assert not a.furniture


def test_the_seventeenth_reviews_examples():
    """A review of age stamps, file links, issue lines, the transcript tab and capitals over
    numbered points (tests/fixtures/review/seventeenth_*.txt)."""
    assert _headings(_review("seventeenth_01_athletics-schedule-stamp"))[:3] == [
        "H2:Friday: 100m final", "H2:Saturday: 800m heats", "H2:Sunday: 400m final"]
    assert "H2:Download as Word (.docx)" in _headings(_review("seventeenth_02_download-as-word-heading"))
    assert {"H2:Housing Needs Assessment (PDF, 3.4MB)", "H2:Green Belt Review (PDF, 8.1MB)",
            "H2:Sustainability Appraisal (PDF, 2.2MB)"} <= set(_headings(_review("seventeenth_03_local-plan-pdf-sections")))
    assert _headings(_review("seventeenth_04_storm-bulletin-number"))[:3] == [
        "H2:Bulletin No. 3", "H2:Bulletin No. 2", "H2:Bulletin No. 1"]
    podcast = _review("seventeenth_05_podcast-transcript-tab")
    assert not podcast.sections and [f.text for f in podcast.furniture if f.text == "Transcript"]
    wire = _review("seventeenth_06_wire-dateline-numbered")
    assert wire.dateline == "WASHINGTON" and _headings(wire)[0] == "H2:1. It avoids a shutdown, for now"


def test_a_contents_box_ends_at_the_first_section_it_names_even_with_no_blank_lines():
    text = LEDE + " " + BODY  # running text under each
    a = article(HEADLINE, LEDE, "On this page", "1. Know your store", "2. Choose a sprout suppressant",
                "3. Further help", "Step 1: Know your store", text, "Step 2: Choose a sprout suppressant", text,
                "Step 3: Further help", text)
    assert [s.heading for s in a.sections] == ["Step 1: Know your store", "Step 2: Choose a sprout suppressant",
                                               "Step 3: Further help"]
    assert [f.text for f in a.furniture] == ["On this page", "1. Know your store", "2. Choose a sprout suppressant",
                                             "3. Further help"]


def test_the_eighteenth_reviews_examples():
    """A review of colon labels as sections, entries' fields, details and badges, bylines with
    a role after a comma and 'Next ...' controls (tests/fixtures/review/eighteenth_*.txt)."""
    assert _headings(_review("eighteenth_01_quote-intros-and-list-leadins-headed")) == []  # "... said:", "... include:"
    assert _headings(_review("eighteenth_02_case-study-titles-unheaded"))[:3] == [
        "H2:Case study: South Tamworth", "H2:Case study: Hollins Vale", "H2:Case study: Marsh Lane"]
    assert _headings(_review("eighteenth_03_reader-comments-headed")) == ["H2:What our readers said"]
    assert _headings(_review("eighteenth_04_best-for-sections-unheaded"))[:4] == [
        "H2:Best overall", "H2:Best for sensitive teeth", "H2:Best for travel", "H2:Best budget buy"]
    letters = _review("eighteenth_05_letter-signers-taken-as-byline")
    assert letters.byline is None and [f.text[:22] for f in letters.furniture] == ["Letters should be no l"]  # the page's rules
    minutes = _review("eighteenth_06_agenda-items-dropped")
    assert not minutes.furniture and "H2:Next item: Allotment water supply" in _headings(minutes)


def test_the_nineteenth_reviews_examples():
    """A review of membership prices, live-page controls, colon labels over short answers, link
    blocks, a book's author and document codes (tests/fixtures/review/nineteenth_*.txt)."""
    assert not _review("nineteenth_01_streaming-prices-dropped").furniture  # "Netflix: subscribe from £5.99 a month"
    assert "H2:Auto-refresh" in _headings(_review("nineteenth_02_auto-refresh-section-dropped"))
    assert _review("nineteenth_03_editorial-standards-headline-dropped").title == (
        "Editorial standards: how the Courier reports on suicide")
    assert _headings(_review("nineteenth_04_match-report-labels-unheaded")) == [
        "H2:Turning point", "H2:Man of the match", "H2:What's next"]
    links = _review("nineteenth_05_read-more-link-headed")
    assert not links.sections and len(links.furniture) == 3
    assert _headings(_review("nineteenth_06_book-review-author-section-dropped")) == ["H2:About the author"]
    t = LEDE + " " + BODY
    axios = article(HEADLINE, LEDE, "Why it matters:", t, "Driving the news:", t, "Yes, but:", "The plan has critics.")
    assert any(k.endswith(":Yes, but") for k in kinds(axios))  # a comma in a label
    assert article(HEADLINE, "Sam Lewin – Number 10 correspondent", "Friday 20 March 2026, 18:40", LEDE,
                   BODY).byline == "Sam Lewin – Number 10 correspondent"


def test_the_twentieth_reviews_examples():
    """A review of a blog's headline under its date, series of sections, help pages' products,
    a name and its outlet, and form prompts (tests/fixtures/review/twentieth_*.txt)."""
    glaciers = _review("twentieth_01_news-standfirst-under-date")  # a kicker, the headline, the date, a standfirst
    assert glaciers.title == "Alpine glaciers lost a record share of their ice this summer"
    assert glaciers.summary.startswith("Swiss monitoring network says")
    assert _headings(_review("twentieth_02_itinerary-last-day-closing-sections"))[-2:] == [
        "H2:Where to stay", "H2:Getting there"]  # after the last day: the page's closing sections
    assert not _review("twentieth_03_option-lines-in-factbox").sections  # "Option 1: ..." over its "Cost: £2.1m"
    wage = _review("twentieth_04_applies-to-factbox-under-byline")
    assert wage.stamps == ("12 March 2025",)  # "Applies to: All workers aged 21 and over" opens the factbox
    ferry = _review("twentieth_05_site-and-section-over-date")
    assert ferry.byline is None and [f.text for f in ferry.furniture] == ["Harbour Times | Opinion"]
    assert not _review("twentieth_06_consent-sentence-in-consumer-story").furniture  # "By using a loyalty card, you agree ..."
    blog = article("Engineering Notes Blog", "How we cut our CI build times in half", "March 4, 2025",
                   "The problem with our monorepo", LEDE, BODY)
    assert blog.title == "How we cut our CI build times in half"  # a first section's heading under the date
    assert furniture_kind("Subscribe to the morning briefing for the day's top stories before 7am") == "newsletter prompt"

def test_the_twenty_first_reviews_examples():
    """A review of cookie banners, a changelog's releases, download buttons and a trail's last
    crumb (tests/fixtures/review/twentyfirst_*.txt)."""
    recipe = _review("twentyfirst_01_recipe-cookies-after-banner")
    assert recipe.title == "Brown butter chocolate chip cookies" and recipe.summary.startswith("These chewy cookies")
    estates = _review("twentyfirst_02_cookie-cutter-headline-after-menu")
    assert estates.title == "Councils turn their backs on cookie-cutter estates as design codes bite"
    assert _headings(_review("twentyfirst_03_release-list-line-made-heading")) == [
        "H2:Recent releases", "H2:What comes next"]  # "2.3.2 — 2 November 2025 — patches ..." is a listed line
    assert _headings(_review("twentyfirst_04_numbered-clause-sentence-made-heading")) == [
        "H2:What the guidance says", "H2:What happens next"]  # "4.2.2 – Each company must ... by 31 March 2027."
    assert "H2:Download your GP record as a PDF" in _headings(_review("twentyfirst_05_download-section-heading-dropped"))
    assert not _review("twentyfirst_06_download-counts-table-caption-dropped").furniture  # a table's caption

def test_a_date_strip_over_the_pages_header_leaves_the_headline_over_the_byline():
    a = article("FRIDAY, March 06, 2026", "thesiamherald", "THAILAND", HEADLINE, "PUBLISHED : 6 Mar 2026 at 10:24",
                "WRITER: Pattama Srisuk", LEDE, "What Next", BODY)
    assert (a.title, a.summary, a.byline) == (HEADLINE, LEDE, "WRITER: Pattama Srisuk")
    assert [f.text for f in a.furniture] == ["thesiamherald", "THAILAND"]


@pytest.mark.parametrize("top", [
    ("Westmoor District Council", "Licensing > Decisions", HEADLINE, "Decision notice issued 2 May 2026"),
    ("Press Releases", "Energy & Utilities", HEADLINE, "Download the full statement"),
])
def test_a_sites_name_over_a_headline_a_few_lines_down_is_left_out(top):
    """The site's or section's name, and the labels under it, over a headline twice its length."""
    a = article(*top, LEDE, "What Next", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert HEADLINE not in [f.text for f in a.furniture] and top[0] in [f.text for f in a.furniture]


@pytest.mark.parametrize("title,under", [
    ("Tenant FAQs", "What does my deposit protect against if the flat is damaged?"),
    ("Plantar fasciitis", "Check if you have plantar fasciitis or another heel problem"),
])
def test_a_short_title_stays_over_a_question_or_its_own_words(title, under):
    a = article(title, "Help and advice pages", under, "Symptoms", LEDE, BODY)
    assert a.title == title


@pytest.mark.parametrize("byline,author", [
    ("By Jane Doe, Reuters", "Jane Doe, Reuters"), ("Reporting by Ruth Anand and Lewis Pell", "Ruth Anand and Lewis Pell"),
    ("WRITER: Pattama Srisuk", "Pattama Srisuk"), ("Photographs and text by Amaya Ruiz", "Amaya Ruiz"),
    ("Interview by Sofia Brandt", "Sofia Brandt"), ("Words: Jane Doe", "Jane Doe"), ("Jane Doe", "Jane Doe"),
    ("Posted by Anjali Varghese on 22 March 2025", "Anjali Varghese"), ("Posted by Hemi Walker at 9:14 PM", "Hemi Walker"),
    ("Press Release – Wairangi Chamber of Commerce", "Wairangi Chamber of Commerce"), ("By Ana Ruiz in Madrid", "Ana Ruiz in Madrid"),
])
def test_the_author_a_byline_names_is_without_its_lead(byline, author):
    from build_tools.render.briefing import byline_name
    assert byline_name(byline) == author


@pytest.mark.parametrize("day", ["Friday, May 9, 2025", "Research | 21 January 2026", "Tuesday, 3 March 2026"])
def test_a_blogs_name_and_tagline_over_the_posts_day_leave_the_headline_under_it(day):
    """A blog's or newsletter's top: its name, its tagline, the post's day, then the headline over the lede."""
    a = article("Tri-County Scanner Notes", "Volunteer-run news from Ashby, Corliss and Penn counties", day, HEADLINE,
                LEDE, "What Next", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert [f.text for f in a.furniture][:2] == ["Tri-County Scanner Notes",
                                                 "Volunteer-run news from Ashby, Corliss and Penn counties"]
    # the post's byline may stand between its headline and the lede
    b = article("Tri-County Scanner Notes", "Volunteer-run news from Ashby, Corliss and Penn counties", day, HEADLINE,
                "Posted by Gene Sutter", LEDE, "What Next", BODY)
    assert (b.title, b.byline, b.summary) == (HEADLINE, "Posted by Gene Sutter", LEDE)


@pytest.mark.parametrize("stamp", ["Updated 14:02 GMT, 4 March 2026", "Published 4 March 2026"])
def test_a_news_pages_headline_stays_over_its_stamp_with_a_standfirst_under_it(stamp):
    standfirst = "Council says shorter hours will save money but campaigners warn families will lose out"
    a = article("Libraries", HEADLINE, stamp, standfirst, LEDE, "What Next", BODY)
    assert a.title == HEADLINE


def test_sections_numbered_by_one_word_hold_the_headings_between_them():
    """"Method 1: ...", "Method 2: ..." hold "On Android", "On iPhone"; the last, with text of its own, holds nothing after it."""
    a = article(HEADLINE, LEDE, "", "Method 1: Use your cloud account", "", "On Android", BODY, "On iPhone", BODY, "",
                "Method 2: Copy photos to a computer", "", "Windows", BODY, "Mac", BODY, "",
                "Method 3: Phone-to-phone transfer", BODY, "", "Final checks before you wipe", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Method 1: Use your cloud account", "H3:On Android", "H3:On iPhone", "H2:Method 2: Copy photos to a computer",
        "H3:Windows", "H3:Mac", "H2:Method 3: Phone-to-phone transfer", "H2:Final checks before you wipe"]


def test_a_series_numbered_in_words_is_one_and_a_forum_posts_dates_are_none():
    a = article(HEADLINE, LEDE, "Session One: Thursday 26 March", BODY, "Lots 1–240: Line engraved", BODY,
                "Lots 241–390: Surface printed", BODY, "Session Two: Friday 27 March", BODY, "Lots 391–610: Commonwealth",
                BODY, "Lots 611–702: Postal history", BODY)
    assert "H2:Session Two: Friday 27 March" in kinds(a)
    b = article(HEADLINE, LEDE, "Mar 1", "", "Approach", BODY, "The traverse", BODY, "Descent", BODY, "Mar 2", BODY)
    assert not [k for k in kinds(b) if k.startswith("H3")]


def test_options_numbered_by_a_word_head_their_first_subsection_at_any_length():
    a = article(HEADLINE, LEDE, "Option 1: Back up to the cloud with Lumora Drive", "Turn on folder backup", BODY,
                "Check what's been backed up", BODY, "Option 2: Back up to an external drive", "Set up automatic backups",
                BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Option 1: Back up to the cloud with Lumora Drive", "H3:Turn on folder backup", "H3:Check what's been backed up",
        "H2:Option 2: Back up to an external drive", "H3:Set up automatic backups"]


@pytest.mark.parametrize("applies", ["Applies to: LumoraBook Air, LumoraBook 14, LumoraBook Pro 16",
                                     "This article applies to: HaloLink Hub 3, Hub 4 and Hub 4 Pro"])
def test_a_help_pages_products_line_is_its_metadata_never_the_headline(applies):
    a = article("Lumora Support", "Lumora Support > Laptops > Files and storage", HEADLINE, applies, "Article ID: 48213",
                "Last updated: 02/17/2026", LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and applies in a.stamps
    b = article("Article ID KB-20931 · Updated 9 Feb 2026", applies, LEDE, "Before you begin", BODY)
    assert b.title != applies and applies in b.stamps


def test_a_name_and_its_outlet_over_the_date_open_a_post_with_no_headline():
    a = article("Ruth Okonkwo-Blake | Loomwell", "March 4th, 2026", "", LEDE, BODY)
    assert (a.byline, a.stamps, a.summary) == ("Ruth Okonkwo-Blake | Loomwell", ("March 4th, 2026",), LEDE)
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_a_cookie_banners_lines_under_its_notice_are_the_banner():
    a = article("Cookies on the NHS website", "We've put some small files called cookies on your device to make our site work.",
                "We'd also like to use analytics cookies. These tell us how the site is used.", "I'm OK with analytics cookies",
                "Do not use analytics cookies", "Labyrinthitis and vestibular neuritis", LEDE, BODY)
    assert (a.title, a.summary) == ("Labyrinthitis and vestibular neuritis", LEDE)
    assert {f.kind for f in a.furniture} == {"cookie notice"} and len(a.furniture) == 5
    b = article(HEADLINE, LEDE, "Why cookies matter", "Browsers now block third-party cookies by default.", BODY)
    assert not b.furniture


def test_a_changelogs_releases_head_their_groups_of_changes():
    a = article("Changelog", LEDE, "", "3.4.0 — 2026-02-18", "", "Added", "- A `--debounce` flag for watch.", "Fixed",
                "- A crash on empty coordinates (#2291).", "", "3.3.2 — 2026-01-27", "Fixed", "- Builds on Node 22.4.", "",
                "v3.3.1 (9 January 2026)", "Fixed", "- Restored the `--quiet` flag.")
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:3.4.0 — 2026-02-18", "H3:Added", "H3:Fixed", "H2:3.3.2 — 2026-01-27", "H3:Fixed", "H2:v3.3.1 (9 January 2026)",
        "H3:Fixed"]
    b = article(HEADLINE, "14.05.2025 - 08:17", LEDE, BODY)  # a dotted date, never a release
    assert b.stamps == ("14.05.2025 - 08:17",)


def test_the_last_crumb_again_under_a_menu_over_the_standfirst_is_the_headline():
    standfirst = "Keep configuration and secrets out of your code and make them available to every build."
    a = article("Larchwood Docs", "Guides", "API reference", "CLI", "Changelog", "Guides / Deployments / Environment variables",
                "Environment variables", standfirst, LEDE, "Adding variables", BODY)
    assert (a.title, a.summary) == ("Environment variables", standfirst)
    b = article("News", "Sport", "Weather", "Culture", "World › Europe › Analysis", "ANALYSIS", HEADLINE, LEDE, BODY)
    assert b.title == HEADLINE


def test_the_pages_name_at_the_foot_of_its_menu_over_the_standfirst_is_the_headline():
    standfirst = "Official advice on safety, entry requirements and local laws for travellers heading to Korvath."
    a = article("Home", "Foreign travel advice", "Consular help", "Passports", "Korvath travel advice", standfirst,
                "Safety and security", "Most visits to Korvath are trouble-free, but border areas can change quickly.")
    assert (a.title, a.summary) == ("Korvath travel advice", standfirst)
    # A menu's last entry over text further down the page (a form's button), or one whose words the
    # page never says again, stays the menu's.
    b = article("Home", "News", "Sport", "Weather", "Culture", "Opinion pages", standfirst, LEDE, BODY)
    assert b.title != "Opinion pages"
    c = article(HEADLINE, LEDE, "Rebate estimator", "Filing status", "Select one", "Number of dependents",
                "Estimate my rebate", "This tool gives an estimate only. Your actual rebate will be set by the state.")
    assert "Estimate my rebate" not in [k.split(":", 1)[1] for k in kinds(c) if k.startswith("H")]


def test_an_emails_name_under_its_view_in_browser_line_is_never_the_headline():
    greeting = "Good morning. Savings rates have drifted down again, and my inbox is full of the same question."
    a = article("View this email in your browser", "THE PENNY JAR", "Thursday 6 March 2025", "By Rosa Delahunt", greeting,
                BODY)
    assert a.title != "THE PENNY JAR" and "THE PENNY JAR" in [f.text for f in a.furniture]
    assert a.byline == "By Rosa Delahunt"
    b = article("View this email in your browser", "Hi all,", greeting, BODY)  # a greeting is the letter's own
    assert "Hi all," not in [f.text for f in b.furniture]
    c = article("View this email in your browser", "NHS waiting lists fall for a third month", LEDE, BODY)
    assert c.title == "NHS waiting lists fall for a third month"  # a headline opening on an acronym


def test_a_trips_days_hold_the_sections_between_them_whatever_the_case_styles():
    a = article(HEADLINE, LEDE, "Before you set off", BODY, "Day 1: Dunmorrow to Ardcraig", BODY,
                "Stop: the falls at Corrie Dubh", BODY, "Day 2: Ardcraig to Kilvane", BODY,
                "Should you drive the pass?", BODY, "Day 3: Kilvane to Lochend", BODY, "Stop: Sandwick Bay", BODY,
                "Day 4: Lochend back to Dunmorrow", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Before you set off", "H2:Day 1: Dunmorrow to Ardcraig", "H3:Stop: the falls at Corrie Dubh",
        "H2:Day 2: Ardcraig to Kilvane", "H3:Should you drive the pass?",
        "H2:Day 3: Kilvane to Lochend", "H3:Stop: Sandwick Bay", "H2:Day 4: Lochend back to Dunmorrow"]
    # Days with no section of another style among them stay the parts of the section over them.
    b = article(HEADLINE, LEDE, "HOW THE SPLIT WORKS", BODY, "Choosing your weights", BODY, "THE WORKOUTS", BODY,
                "Day 1: Push", BODY, "Day 2: Pull", BODY, "Day 3: Legs", BODY, "COMMON MISTAKES", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == [
        "H2:HOW THE SPLIT WORKS", "H3:Choosing your weights", "H2:THE WORKOUTS", "H3:Day 1: Push", "H3:Day 2: Pull",
        "H3:Day 3: Legs", "H2:COMMON MISTAKES"]


def test_a_label_in_capitals_over_one_question_heading_its_text_opens_a_section():
    a = article(HEADLINE, LEDE, "", "KNOW YOUR RIGHTS", "", "Who is responsible for damp?", BODY, "",
                "The new response deadlines", BODY, "", "WHAT TO DO NEXT", "", "Report it in writing", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:KNOW YOUR RIGHTS", "H3:Who is responsible for damp?", "H3:The new response deadlines",
        "H2:WHAT TO DO NEXT", "H3:Report it in writing"]
    quiz = article(HEADLINE, LEDE, "", "ALSO ON OUR RADAR", "", "- The price index comes out Wednesday.", "- Friday is Pi Day.", "", "QUIZ TIME", "", "Which state produces the most eggs?", "", "Answer: Iowa, by a wide margin. It has more laying hens than it has people, by roughly 15 to 1.")
    assert "H3:Which state produces the most eggs?" not in kinds(quiz)


def test_a_menu_under_the_headline_stays_a_menu_whatever_its_last_line():
    standfirst = "Millions of households will see their energy bills rise again in January, the regulator said."
    a = article(HEADLINE, "News", "Sport", "Weather", "Cost of Living", standfirst, BODY)
    assert a.title == HEADLINE and not [k for k in kinds(a) if k.startswith("H")]
    assert {"News", "Sport", "Weather", "Cost of Living"} <= {f.text for f in a.furniture}


def test_a_short_headline_under_an_emails_asides_over_its_text_stays_the_headline():
    a = article("View this email in your browser", "Rates held again",
                "The Bank of England held interest rates at 5.25% for a fourth meeting in a row on Thursday.", BODY)
    assert a.title == "Rates held again"


def test_days_under_sections_in_capitals_stay_their_parts():
    a = article(HEADLINE, LEDE, "SCOTLAND", "We began in Edinburgh and headed north.", "Day 1: Edinburgh", BODY,
                "Day 2: Glencoe", BODY, "IRELAND", "A ferry took us across to Belfast.", "Day 3: Belfast", BODY,
                "Day 4: Galway", BODY, "PRACTICAL INFORMATION", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:SCOTLAND", "H3:Day 1: Edinburgh", "H3:Day 2: Glencoe", "H2:IRELAND", "H3:Day 3: Belfast", "H3:Day 4: Galway",
        "H2:PRACTICAL INFORMATION"]


def test_headings_opening_on_the_same_possessive_are_no_ones_parts():
    a = article(HEADLINE, LEDE, "The Diet", BODY, "Dinner", BODY, "Her Weekly Workout Plan", BODY, "Her Five Golden Rules",
                BODY, "What The Experts Say", BODY)
    assert "H2:Her Weekly Workout Plan" in kinds(a) and "H2:Her Five Golden Rules" in kinds(a)


def test_a_page_copied_from_under_its_headline_opens_on_the_standfirst_then_the_byline():
    standfirst = "Botanists have coaxed plants out of seeds collected 170 years ago and forgotten in a museum cabinet."
    a = article(standfirst, "", "Cordelia Nyambura", "Senior science writer", "", "March 4, 2026", "", LEDE, BODY)
    assert (a.summary, a.byline, a.stamps) == (standfirst, "Cordelia Nyambura", ("Senior science writer", "March 4, 2026"))
    assert not [k for k in kinds(a) if k.startswith("H")]


def test_a_later_sections_short_introduction_holds_the_series_under_it_but_the_first_sections_does_not():
    a = article(HEADLINE, LEDE, "What we found", BODY, "How we did it", "We built our own dataset. This is how we did it.",
                "Step 1: Collect every listing", BODY, "Step 2: Find the duplicates", BODY, "What the platform said", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:What we found", "H2:How we did it", "H3:Step 1: Collect every listing", "H3:Step 2: Find the duplicates",
        "H2:What the platform said"]
    b = article(HEADLINE, LEDE, "Why sponsor us", BODY, "Our packages", "All packages run for 12 months.",
                "1. Headline Partner: £6,000 a year", BODY, "2. Boat Partner: £2,500 a year", BODY, "Where your money goes", BODY)
    assert [s.level for s in b.sections] == [2, 2, 3, 3, 2]
    c = article(HEADLINE, LEDE, "Accredited official statistics", "This release covers February.",
                "1. Main points", BODY, "2. Monthly retail sales", BODY, "3. Online spending", BODY)
    assert [s.level for s in c.sections] == [2, 2, 2, 2]  # the first section's series: the article's outline


def test_two_things_named_together_among_one_word_subsections_are_one_more_of_them():
    a = article(HEADLINE, LEDE, "How to pay for your charge", "Contactless", BODY, "Apps and RFID cards", BODY,
                "Subscriptions", BODY, "Charging etiquette", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:How to pay for your charge", "H3:Contactless", "H3:Apps and RFID cards", "H3:Subscriptions",
        "H2:Charging etiquette"]


def test_a_key_events_box_of_entry_links_over_its_toggle_is_furniture_but_a_list_of_key_events_is_text():
    a = article(HEADLINE, LEDE, "Key events", "08:02 Doors open in the atrium", "3h ago GOAL! Okonjo equalises",
                "Show key events only", "Refresh", "09:40", "Principal's statement", BODY, "08:02", "Doors open in the atrium", BODY)
    assert {f.text for f in a.furniture} >= {"Key events", "08:02 Doors open in the atrium", "3h ago GOAL! Okonjo equalises"}
    b = article(HEADLINE, LEDE, "Key events", "- 14:40 GMT Dutch PM signals room to move", "- 13:05 GMT Draft conclusions leaked",
                "14:40 GMT", BODY, "13:05 GMT", BODY)
    assert not {"Key events", "- 14:40 GMT Dutch PM signals room to move"} & {f.text for f in b.furniture}
    # Under the toggle (only furniture between), the box is the same furniture; the first
    # entry's own stamp after it ("3:08pm", no title) heads its entry.
    c = article(HEADLINE, LEDE, "Show key events only", "Please turn on JavaScript to use this feature", "Key events",
                "2:47pm – Censure motion flagged", "2:31pm – Second MP ejected", "3:08pm", "That's a wrap", BODY,
                "2:47pm", BODY)
    assert {f.text for f in c.furniture} >= {"Key events", "2:47pm – Censure motion flagged", "2:31pm – Second MP ejected"}
    assert kinds(c)[0] == "H2:3:08pm"
    # With no toggle at all, "Key events" over two or more such links is the same box (dev 9 of
    # 9); its first entry's bare stamp, "16:20 GMT", heads its entry.
    d = article(HEADLINE, LEDE, "Refresh", "Key events", "2:15pm Highway expected to stay shut until at least 6pm",
                "12:50pm School buses rerouted", "16:20 GMT", "Closing summary", BODY, "15:05 GMT", BODY)
    assert {f.text for f in d.furniture} >= {"Key events", "12:50pm School buses rerouted"}
    assert kinds(d)[0] == "H2:16:20 GMT"


def test_a_documents_submitted_or_revised_date_is_a_date_line_never_its_title():
    a = article("Ref: IHS/CR/2026/014", "Submitted 20 February 2026", LEDE, "1. About the Institute", BODY,
                "2. Our concerns", BODY)
    assert a.title != "Submitted 20 February 2026" and "Submitted 20 February 2026" in a.stamps
    b = article(HEADLINE, LEDE, "Forecast\tSales\tProfit", "Previous forecast (A)\t150,000\t230.10",
                "Revised forecast (B)\t156,000\t236.51", BODY)  # a table's row, whatever its cells' numbers
    assert [row[0] for t in b.intro if isinstance(t, Table) for row in t.rows] == [
        "Previous forecast (A)", "Revised forecast (B)"]


def test_the_twenty_second_reviews_examples():
    """A review of series held by a short introduction and of date lines led by "Submitted" or
    "Revised" (tests/fixtures/review/twentysecond_*.txt)."""
    outline = _headings(_review("twentysecond_01_outline-under-background"))
    assert outline[2:7] == ["H2:1. Health and social care", "H2:2. Defence", "H2:3. Housing", "H2:4. Schools",
                            "H2:5. Local government"]  # under "Background": the article's own sections
    countdown = _headings(_review("twentysecond_02_countdown-under-how-we-tested"))
    assert {h[:3] for h in countdown} == {"H2:"}  # "6. ...", "5. ...": a countdown, not a series from its start
    recipe = _headings(_review("twentysecond_03_recipe-steps-under-ingredients"))
    assert "H2:Step 1: Mix the dough" in recipe  # beside the "Ingredients", never under them
    revised = _review("twentysecond_05_revised-figures-sentence-in-byline")
    assert revised.stamps == ("27 March 2026",) and any(
        "Revised 2025 figures published" in b.text for b in revised.sections[0].blocks if hasattr(b, "text"))
    submitted = _review("twentysecond_06_submitted-on-sentence-in-byline")
    assert submitted.stamps == ("Published 9 April 2026",)  # "Submitted on 3 March, the application ...": a sentence


@pytest.mark.xfail(strict=True, reason="two things named together after one one-word subsection read as one more "
                                       "of them: 26 of 34 on dev are; a city guide's 'Food and drink' is not")
def test_a_city_guides_food_and_drink_after_its_one_transport_subsection_is_a_section():
    assert _headings(_review("twentysecond_04_food-and-drink-under-getting-there"))[3:5] == [
        "H2:Food and drink", "H2:Nightlife"]


def test_a_tables_caption_set_apart_above_it_is_no_heading_but_a_series_title_is():
    a = article(HEADLINE, LEDE, BODY, "Theatre listings, March 2026", "", "| Venue | Production |", "|---|---|",
                "| The Lyric | Hamlet |", "", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, "Table 1. Number of participants by country", "Country | Participants",
                "Czech Republic | 212", "Germany | 174", BODY)
    assert not [k for k in kinds(b) if k.startswith("H")]
    c = article(HEADLINE, LEDE, BODY, "Day one: Tuesday, May 12", "", "| Time | Session |", "| 8:00am | Registration |",
                "| 9:00am | Opening |", "", "Day two: Wednesday, May 13", "", "| Time | Session |", "| 8:30am | Panels |",
                "| 10:00am | Close |", "", BODY)
    assert [k for k in kinds(c) if k.startswith("H")] == ["H2:Day one: Tuesday, May 12", "H2:Day two: Wednesday, May 13"]


@pytest.mark.parametrize("line,byline", [
    ("Slideshow by Bethan Aldous", True), ("Test by Jonah Fairley", True), ("Road test by Ana Ruiz", True),
    ("Words and pictures: Gareth Lumb", True), ("Test by fire", False), ("Gallery by the sea", False),
    ("Claire Dubois-Mensah, Science Editor", True), ("Marguerite Ashdown, Chief Meteorologist", True),
    ("Amir Haddad, Bakery Owner", False), ("Jane Doe, Chief Executive", False),
])
def test_a_slideshows_a_road_tests_and_a_words_and_pictures_credit_are_bylines(line, byline):
    assert is_byline(line) is byline


def test_a_words_and_pictures_credit_under_the_headline_is_the_byline_not_a_caption():
    a = article("HOW TO", HEADLINE, "Words and pictures: Gareth Lumb", "From issue 214, April 2026", LEDE, BODY)
    assert a.byline == "Words and pictures: Gareth Lumb"


def test_the_story_continues_expander_is_furniture_but_a_heading_saying_so_is_not():
    assert furniture_kind("The story continues") is None and furniture_kind("Story continues to develop") is None


def test_a_long_title_of_a_series_numbered_by_a_word_heads_its_text_but_stacked_captions_do_not():
    a = article(HEADLINE, LEDE, "Myth 1: the flu vaccine can give you flu", BODY,
                "Myth 2: if I had the vaccine last year, I'm still protected", BODY,
                "Myth 3: antibiotics will sort it out if I catch flu this winter", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Myth 1: the flu vaccine can give you flu", "H2:Myth 2: if I had the vaccine last year, I'm still protected",
        "H2:Myth 3: antibiotics will sort it out if I catch flu this winter"]
    b = article(HEADLINE, LEDE, "Image 1: Suspect 1 at the dispensary counter of the pharmacy",
                "Image 2: Suspect 2 leaving the store with a black duffel bag", "Image 3: The suspect vehicle in the parking lot",
                "Suspect 1 is described as a man of about 30.", BODY)
    assert not [k for k in kinds(b) if k.startswith("H")]
    c = article(HEADLINE, LEDE, "Question 2: Do you agree with our proposal to require checks on calls from abroad?", BODY,
                "Question 3: How long would your organisation need to implement the checks in paragraph 3.3?", BODY)
    assert not [k for k in kinds(c) if k.startswith("H:Question 3")]


def test_an_events_when_and_cost_under_its_title_is_its_text():
    a = article(HEADLINE, LEDE, "The Guildhall Museum", "", "Wings Over the Fens", "Until 7 June 2026 · Free", BODY,
                "Find out more", "", "Open Studios", "Saturday 25 April, 2–4pm · £8, booking essential", BODY, "", "Castle Mill",
                "", "Tuesday Talks", "Tuesday 14 April, 12.30pm · Free, no booking", BODY)
    headings = [k for k in kinds(a) if k.startswith("H")]
    assert not [h for h in headings if "·" in h] and "H2:Wings Over the Fens" in headings


def test_the_twenty_third_reviews_examples():
    """A review of table captions set apart, new bylines' leads and long titles of a series
    numbered by a word (tests/fixtures/review/twentythird_*.txt)."""
    trial = _review("twentythird_01_numbered-table-caption-attached-to-previous-table")
    assert [b.caption for b in trial.intro if isinstance(b, Table)] == [
        "Table 1. Baseline characteristics of participants", "Table 2. Change in blood pressure after 12 weeks"]
    assert _headings(_review("twentythird_02_budget-section-heading-with-year-over-table"))[:2] == [
        "H2:Spending by department, 2026-27", "H2:Council tax, 2026-27"]  # one shape, the article's headings
    gallery = _review("twentythird_03_gallery-by-headline-taken-as-byline")
    assert (gallery.title, gallery.byline) == ("Gallery by Zaha Hadid Architects opens in Riyadh", "By Layla Haddad")
    assert _headings(_review("twentythird_04_test-by-test-heading-dropped"))[:2] == [
        "H2:Test by Test", "H3:First Test, Perth"]
    assert not _review("twentythird_05_photo-essay-picture-captions-headed").sections  # "Picture 1: ..." captions
    assert "H2:Table Tennis – Men's singles" in _headings(_review("twentythird_06_table-tennis-heading-taken-as-caption"))


def test_a_name_over_a_meteorologists_or_presenters_role_is_the_byline_under_the_headline():
    a = article("Weather | Explainer", "", "Why forecasters can't agree on next week's cold snap", "",
                "Computer models are split over whether Arctic air will reach the south. Here is how forecasters decide",
                "", "Orla Brennick", "Weather presenter and meteorologist", "", "Published 5 March 2026, 07:10", "", BODY)
    assert (a.title, a.byline) == ("Why forecasters can't agree on next week's cold snap", "Orla Brennick")


def test_the_twenty_fourth_reviews_examples():
    """A review of listings' when and cost, audio players' labels and new bylines' roles
    (tests/fixtures/review/twentyfourth_*.txt)."""
    assert _headings(_review("twentyfourth_01_festival-day-headings-under-list")) == [
        "H2:Friday 3 July · Tickets £35", "H2:Saturday 4 July · Tickets £42",
        "H2:Sunday 5 July · Free, no ticket needed"]  # a day's heading under the list's last item
    assert "H2:Listen to this page" in _headings(_review("twentyfourth_02_accessibility-listen-to-this-page"))
    assert _review("twentyfourth_03_photo-credit-takes-byline").byline == "By Dan Whitcombe"
    diary = _review("twentyfourth_04_photographer-headline-over-byline")
    assert (diary.title, diary.byline) == ("Diary of a wedding photographer", "By Hannah Morrell")
    meet = _review("twentyfourth_05_meet-new-meteorologist-headline")
    assert (meet.title, meet.byline) == ("Meet Rachel Obi, KXNV's Newest Meteorologist", "By KXNV Staff")
    assert _review("twentyfourth_06_letters-page-retired-editor-signature").byline is None


def test_the_twenty_fifth_reviews_examples():
    """A review of the edited-interview note, dated links, the key events box under its toggle,
    sign-up prompts, call-outs and decks (tests/fixtures/review/twentyfifth_*.txt)."""
    faq = _review("twentyfifth_01_reader-faq-comments-edited")  # "Some comments have been edited ...": no interview
    assert len([q for s in faq.sections for q in s.faq]) == 4
    assert _headings(_review("twentyfifth_02_dated-updates-over-furniture")) == [
        "H2:Campaigners vow to take closure to judicial review", "H2:Council publishes its equality impact assessment"]
    pinned = _review("twentyfifth_03_pinned-key-moments-after-toggle")  # a pinned post's own timeline, lower down
    assert _headings(pinned)[0] == "H2:Key moments" and "Key moments" not in {f.text for f in pinned.furniture}
    for name in ("twentyfifth_04_flood-guide-sign-up-advice", "twentyfifth_05_scam-inline-qa-contact-bank"):
        assert _review(name).furniture == (), name  # a guide's advice and an FAQ's answers on their lines
    series = _review("twentyfifth_06_title-case-series-name-over-long-headline")
    assert series.title.startswith("Starmer faces growing backbench revolt") and series.summary.startswith("Keir Starmer")


def test_the_twenty_sixth_reviews_examples():
    """A review of "Key events" with no toggle, introductions naming the headings after them,
    writers' bios and "Tested by" (tests/fixtures/review/twentysixth_*.txt). The rules for
    named headings and "Tested by" were taken out: each rested on one or two dev pages."""
    for name in ("twentysixth_01_timeline-key-events-dropped", "twentysixth_02_visit-schedule-key-events-dropped"):
        a = _review(name)  # a feature's timeline and a visit's timetable: no live page's box
        assert _headings(a)[0] == "H2:Key events" and a.furniture == (), name
    assert {s.level for s in _review("twentysixth_03_news-section-names-later-siblings").sections} == {2}
    assert {s.level for s in _review("twentysixth_04_inspection-summary-names-rated-areas").sections} == {2}
    assert [f.kind for f in _review("twentysixth_05_bio-name-with-particle-kept").furniture] == ["author box"]
    assert "H2:Tested by Storm Babet" in _headings(_review("twentysixth_06_tested-by-storm-heading-dropped"))


def test_a_newsletters_issue_alone_under_its_name_is_metadata_never_the_headline():
    a = article("View this email in your browser", "PENHALLOW RFC", "Penhallow RFC Newsletter – March 2026", "Issue 14",
                "Welcome to the March newsletter – a big month on and off the pitch for everyone at the club.",
                "From the Chairman", BODY)
    assert a.title == "Penhallow RFC Newsletter – March 2026" and "Issue 14" in a.stamps


def test_a_heading_with_no_text_over_a_series_counted_from_its_start_holds_the_series():
    # In an article whose other headings nest by case style ("The most helpful reviews" over
    # Title Case names), the steps still nest under their empty heading.
    a = article(HEADLINE, LEDE, "Directions", "Step 1", BODY, "Step 2", BODY, "Step 3", BODY,
                "The most helpful reviews", "From Rafe Dunmore", BODY, "Another Helpful Review", BODY)
    assert [k for k in kinds(a) if k.startswith("H")][:4] == ["H2:Directions", "H3:Step 1", "H3:Step 2", "H3:Step 3"]
    b = article(HEADLINE, LEDE, "Directions", BODY, "Step 1", BODY, "Step 2", BODY,
                "The most helpful reviews", "From Rafe Dunmore", BODY, "Another Helpful Review", BODY)
    assert [k for k in kinds(b) if k.startswith("H")][:3] == ["H2:Directions", "H2:Step 1", "H2:Step 2"]  # text under it: no


def test_a_heading_with_no_text_under_it_holds_the_heading_below_it():
    a = article(HEADLINE, LEDE, "Key points", BODY, "Where are the warnings?", "Scotland", BODY, "Northern England", BODY,
                "Wales and Northern Ireland", BODY, "What should I do?", BODY, "How long will the cold last?", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Key points", "H2:Where are the warnings?", "H3:Scotland", "H3:Northern England",
        "H3:Wales and Northern Ireland", "H2:What should I do?", "H2:How long will the cold last?"]
    # Two or more such headings are the sections: each holds the headings down to the next.
    b = article(HEADLINE, LEDE, "Eastern Conference", "Falls City Lynx 4, Grafton Miners 2", BODY,
                "Kessock Kings 3, Harwick Hawks 2", BODY, "Western Conference", "Timber Bay Wolves 1, Northgate Steelers 5", BODY,
                "Cold Harbour Seals 3, Ashby Rangers 3", BODY, "Three stars of the week", BODY, "Coming up", BODY)
    assert [s.level for s in b.sections] == [2, 3, 3, 2, 3, 3, 2, 2]
    # A box's label or a live blog's time stamp under it stands on its own.
    c = article(HEADLINE, LEDE, "Auto-refresh", "Key points", "- Turnout was 61%", "- Counting resumes at 9am", BODY)
    assert "H2:Key points" in kinds(c)


def test_a_page_kind_label_is_never_a_heading_and_cookie_and_account_prompts_are_furniture():
    a = article(HEADLINE, LEDE, "News release", BODY, "What happens next", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:What happens next"]
    cookies = "We'd like to use additional cookies to understand how you use the site and improve our services."
    account = "Create a Website Account - Manage notification subscriptions, save form progress and more."
    for prompt in (cookies, account):
        b = article(prompt, HEADLINE, LEDE, BODY)
        assert b.title == HEADLINE and prompt in [f.text for f in b.furniture]


def test_a_live_entrys_update_note_and_its_repeated_byline_are_no_headings():
    a = article(HEADLINE, "By Ana Ruiz", LEDE, BODY, BODY, BODY, BODY, "15.42 GMT", BODY, "By Sam Okoro", "Updated at 15.40 GMT", "14.47 GMT", BODY,
                "By Lena Fischer", "14.20 GMT", BODY, "By Sam Okoro", "Updated at 14.14 GMT", "13.58 GMT", BODY,
                BODY, BODY, BODY, BODY, BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:15.42 GMT", "H2:14.47 GMT", "H2:14.20 GMT", "H2:13.58 GMT"]
    assert [f.kind for f in a.furniture if f.text == "By Sam Okoro"] == ["entry byline", "entry byline"]
    b = article(HEADLINE, "By Ana Ruiz", LEDE, *[BODY] * 12, "How to get there", BODY, "By Train", BODY,
                "By Ferry", BODY, *[BODY] * 12)  # once each, mid-page: headings
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:How to get there", "H3:By Train", "H3:By Ferry"]


def test_the_twenty_seventh_reviews_examples():
    """A review of empty headings holding what follows, cookie and account prompts, entry
    bylines and "Updated" stamps (tests/fixtures/review/twentyseventh_*.txt)."""
    a = _headings(_review("twentyseventh_01_empty-section-span-swallows-sections"))
    assert {"H2:The smaller parties", "H3:Bloc Québécois", "H2:The polls"} <= set(a)  # a section's span ends
    b = _headings(_review("twentyseventh_02_timeline-first-year-nested"))  # at the next section
    assert {"H2:2023", "H2:2024", "H2:2025", "H3:June 27"} <= set(b)  # a timeline says its own nesting
    for name in ("twentyseventh_03_audit-cookie-findings-dropped", "twentyseventh_04_recipe-cookie-steps-dropped",
                 "twentyseventh_05_account-step-dropped"):
        assert not [f for f in _review(name).furniture if f.kind in ("cookie notice", "newsletter prompt")], name
    assert {"H2:Updated 3:10 PM", "H2:Updated 4:45 PM"} <= set(_headings(_review("twentyseventh_06_updated-stamps-only")))
    d = _review("twentyseventh_07_list-authors-twice")  # no live page: her credit is no entry's byline
    assert "entry byline" not in [f.kind for f in d.furniture]
    assert {"H3:About the University of Leeds", "H3:About the Wildlife Trusts"} <= set(
        _headings(_review("twentyseventh_08_notes-to-editors-about-sections")))


def test_a_newsletter_boxs_consent_line_is_furniture():
    consent = ("We use your sign-up to provide content in ways you've consented to and to improve our understanding "
               "of you. This may include adverts from us and 3rd parties based on our understanding.")
    a = article(HEADLINE, LEDE, consent, BODY, BODY)
    assert consent in [f.text for f in a.furniture]


def test_a_name_over_its_place_over_the_date_is_the_byline_block_under_the_headline_and_standfirst():
    a = article("Home / Markets / Stock Market News",
                "Stock market today: Prism 50 ends near record high as bank stocks rally; Kavery Finance jumps 7%",
                "Banking and financial shares led a broad-based rally on Dalal Street on Tuesday after the central bank "
                "held rates and signalled room for easing later this year",
                "Aditi Venkatesan", "Mumbai", "Updated: 22 Jul 2025, 04:12 PM IST", LEDE)
    assert a.title.startswith("Stock market today") and a.summary.startswith("Banking and financial shares")
    assert (a.byline, a.dateline) == ("Aditi Venkatesan", "Mumbai")
    headline = "Bank of Canada cuts key rate to 2.5%, signals it may be done easing for now"
    roled = article("The Globe and Mail", headline, "Claire Dufresne", "Economics reporter", "Ottawa",
                    "Published September 17, 2025", LEDE, BODY)
    assert (roled.title, roled.summary, roled.byline) == (headline, LEDE, "Claire Dufresne")


def test_an_in_pictures_headline_is_the_title_never_a_credit():
    a = article("Lifestyle  |  Entertainment", "IN PICTURES: Kwanele Jazz Festival draws record crowd to the waterfront",
                "Sipho Ndabeni", "Published 3 hours ago", LEDE, BODY)
    assert a.title == "IN PICTURES: Kwanele Jazz Festival draws record crowd to the waterfront"
    b = article(HEADLINE, LEDE, "Waves break over the harbour wall. Pictures: Tom Gallagher", BODY)
    assert [f.kind for f in b.furniture] == ["photo credit or caption"]  # a credit's "Pictures:" still is one


def test_a_care_lines_name_over_its_freephone_is_contact_details_and_a_contact_heading_heads_it():
    a = article(HEADLINE, LEDE, "What to do", BODY, "Carraway Home Customer Care",
                "Phone: 1800 227 729 (8am–8pm AEST, 7 days)", "Email: recalls@carrawayhome.com.au", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:What to do"]
    b = article(HEADLINE, LEDE, "What to do", BODY, "Contact the licensing team", "Freephone: 0800 765 366", BODY)
    assert "H2:Contact the licensing team" in kinds(b)


def test_the_twenty_eighth_reviews_examples():
    """A review of teaser and alert lines, link runs past an advert, an agency's initials, the
    byline's place, page-kind labels and repeated "By" lines (tests/fixtures/review/twentyeighth_*.txt)."""
    for name in ("twentyeighth_01_learn-more-items-dropped", "twentyeighth_02_find-out-more-sentence-dropped"):
        a = _review(name)  # an item's or a sentence's "Learn more" link: the content stays
        assert not [f for f in a.furniture if f.text.endswith(("Learn more", "Find out more"))], name
    b = _review("twentyeighth_03_link-after-advert-heading")  # another story's headline past the advert
    assert not [h for h in _headings(b) if "vessel delayed" in h]
    c = _review("twentyeighth_04_party-acronyms-dropped")  # a list's acronyms are its items
    assert "agency credit" not in [f.kind for f in c.furniture]
    assert _review("twentyeighth_05_short-headline-read-as-name").title == "RBI Keeps Rates Unchanged"
    assert "H2:Press release" in _headings(_review("twentyeighth_06_press-kit-section"))  # after the text began
    assert "H3:By Train" in _headings(_review("twentyeighth_07_by-train-subheadings"))


def test_a_latest_news_label_over_the_headline_and_its_longer_standfirst_is_no_link_block():
    a = article("THE BRACKENRIDGE COURIER-JOURNAL", "Sign In | Subscribe", "Latest News",
                "Ortiz-Whitfield wins Brackenridge mayoral runoff by fewer than 900 votes",
                "Council member Lorena Ortiz-Whitfield defeated former county judge Wes Pruett to become the city's first "
                "Latina mayor", "Daniel Stroh, Staff Writer", "Published 10:48 PM CDT Jun. 14, 2025", LEDE, BODY)
    assert a.title == "Ortiz-Whitfield wins Brackenridge mayoral runoff by fewer than 900 votes"
    assert a.summary.startswith("Council member Lorena Ortiz-Whitfield defeated")
    b = article("Ashby Parva Town Council", "Latest News", "Town Council Update – March 2026",
                "Allotment rents, the Coronation Park play area, planning decisions, road closures and how to become a "
                "councillor", "Helen Marchbank, Town Clerk", "Posted 4th March 2026", LEDE, BODY)
    assert (b.title, b.byline) == ("Town Council Update – March 2026", "Helen Marchbank, Town Clerk")


HEADING_ODDS = Path(__file__).parent / "fixtures" / "heading_odds"


@pytest.mark.parametrize("name, line", [
    ("obituary_church_address", "St. Bridget's Catholic Church, 90 Church Road, Millbrook"),
    ("release_media_contact", "Media – James Orr, Cove Street Advisory, +61 412 555 903")])
def test_a_guessed_heading_whose_traits_say_text_is_text_and_the_note_gives_the_models_chance(name, line):
    """A short line over text that only its looks made a heading (a church's address under a
    funeral notice, a release's media contact) is weighed by the heading model and read as text."""
    from tests.helpers import all_blocks
    text = (HEADING_ODDS / f"{name}.txt").read_text(encoding="utf-8")
    a = parse(text)
    assert line not in [s.heading for s in a.sections]
    assert line in [getattr(b, "text", None) for b in all_blocks(a)]
    number = text.splitlines().index(line) + 1
    assert any(n.line == number and n.message.startswith("paragraph: a short line whose traits say text")
               and "(heading model: 0." in n.message for n in notes(text))


def test_the_heading_models_weights_are_for_exactly_the_traits_it_weighs():
    """heading_odds.json comes from bench/train_heading_odds.py: a trait added or renamed without
    training again would weigh nothing, or a weight would stand for no trait."""
    from build_tools.model import Paragraph
    from build_tools.parse import heading_odds
    from build_tools.parse.rules import HeadingMark
    marks = [HeadingMark("What happens next", 3, "sentence", guess=True), HeadingMark("Reaction", 5, "title")]
    matches = [Paragraph(LEDE, 1), Paragraph(BODY, 2), marks[0], Paragraph(BODY, 4), marks[1], Paragraph(BODY, 6)]
    assert set(heading_odds.traits(2, matches, marks)) == set(heading_odds.WEIGHTS)
    # and a plain heading over running text, among the page's other headings, is in no doubt
    assert heading_odds.odds(heading_odds.traits(2, matches, marks), heading_odds.WEIGHTS) >= heading_odds.DOUBTFUL


def test_a_captions_credit_by_name_or_an_illustrations_after_its_sentence_closes_the_caption():
    """"... on Saturday. Picture by Rhys Conway" and "... crater. Illustration: Aurora Space
    Consortium" are captions (on dev, 12 and 8 such lines, all furniture); a spec sheet's
    "Graphics: ...", a transcript's "[Graphic: ...]" cue and a story's sentence about a picture are not."""
    for line in ("Kooringa midfielder Lachie Boyd breaks clear of a tackle on Saturday. Picture by Rhys Conway",
                 "Fern & Flint’s lion’s mane steak with peppercorn sauce. Photo by Marco Ferreira.",
                 "Artist's impression of the lander on the rim of the crater. Illustration: Aurora Space Consortium",
                 "Illustration: Gia Moreno/The Brief"):
        assert furniture_kind(line) == "photo credit or caption", line
    for line in ("[Graphic: 1,340 complaints in the first year]", "Graphics: Intel Arc Graphics", "He said the picture by Ansel Adams sold for $2m.",
                 "The gallery bought it in 1998. Image by image, the show builds its case."):
        assert furniture_kind(line) is None, line


def test_a_live_pages_entries_signed_from_its_desk_are_entry_bylines():
    """"From MNN's Amy Lo" under one entry, "From MNN meteorologist Chad Ferreira" under another:
    each entry's byline, the names varying; off a live page, such a line stays text."""
    a = article(HEADLINE, LEDE, BODY, BODY, BODY, "15.42 GMT", "From MNN's Amy Lo", BODY, "14.47 GMT",
                "From MNN meteorologist Chad Ferreira", BODY, "14.20 GMT", "From MNN's Gabriel Ortiz", BODY, BODY, BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:15.42 GMT", "H2:14.47 GMT", "H2:14.20 GMT"]
    assert [f.kind for f in a.furniture] == ["entry byline"] * 3
    b = article(HEADLINE, LEDE, BODY, "From Paris's Left Bank", BODY, "From Rome's Trastevere", BODY, BODY)
    assert "entry byline" not in [f.kind for f in b.furniture]


@pytest.mark.parametrize("name, heading", [
    ("twentyninth_02_lone-subhead-foot", "When Construction Could Begin"),
    ("twentyninth_04_lone-subhead-after-question", "Residents Organize"),
    ("twentyninth_06_obituary-foot", "Funeral Arrangements"),
    ("twentyninth_10_lone-subhead-short-graf", "Neighbors Raise Safety Concerns"),
    ("twentyninth_11_product-roundup-repeats", "Our verdict"),
    ("twentyninth_14b_bbc-question-subhead-one-para", "What happens next?"),
    ("twentyninth_18_mixed-styles-have-your-say", "Have Your Say")])
def test_the_twenty_ninth_reviews_headings_stay_headings(name, heading):
    """A review of the heading model found it made real headings text by where they stood (the
    last in a page, by one short section), by a line before them closing on a question or on
    "St.", and by a heading said again under each product. The model weighs none of these now."""
    a = _review(name)
    assert sum(s.heading == heading for s in a.sections) == sum(
        line.strip() == heading for line in (REVIEW / f"{name}.txt").read_text(encoding="utf-8").splitlines())


def test_the_thirtieth_reviews_examples_keep_their_lines():
    """A review of the caption, desk-byline and name-and-outlet rules found them taking a picture
    book's review ("... Pictures by Owen Tallis."), a photo essay's opening ("... Photographs by
    Helen Marsh."), a factbox's "Artwork: ..." line, a live page's places ("From Sydney's Harbour
    Bridge"), a rail trip's legs, and an album review's "Artist / Album" headline."""
    books = _review("thirtieth_r1-books-roundup")
    assert not [f for f in books.furniture if f.kind == "photo credit or caption"]
    essay = _review("thirtieth_r1-photo-essay-intro")
    assert not [f for f in essay.furniture if f.kind == "photo credit or caption"]
    auction = _review("thirtieth_r1-auction-factbox")
    assert "Artwork: Devolved Parliament, 2009" not in [f.text for f in auction.furniture]
    live = _review("thirtieth_r2-newyear-live")
    assert {"H3:From Sydney's Harbour Bridge", "H3:From Tokyo's Shibuya Crossing"} <= set(_headings(live))
    rail = _review("thirtieth_r2-rail-itinerary")
    assert "H2:From London's St Pancras International" in _headings(rail)
    assert "entry byline" not in [f.kind for f in live.furniture + rail.furniture]
    album = _review("thirtieth_r3-album-review")
    assert (album.title, album.byline) == ("Sabrina Carpenter / Man's Best Friend", None)


@pytest.mark.xfail(strict=True, reason="the heading model reads a deal's title with a comma after a price line as text "
                                       "(a long line, a comma, a short line above): a listing's sections, lost")
def test_a_listings_deal_titles_stay_headings():
    deals = _review("fourth_06_price-travel-deals")
    assert "H2:Five nights in Paris, Disneyland Sequoia Lodge" in _headings(deals)


def test_session_31_first_sight_furniture_and_bylines():
    """From the 31st batches' first sight: a spec table's row with a slash in both cells is a
    row, not a menu; a player's "Listen · 9:14 min" is furniture (it became a heading and
    pushed the sections a level down); "by: Name" and "Courier staff report"
    are bylines; a live page's standfirst closing "Follow our live coverage ..." is its summary."""
    spec = article(HEADLINE, LEDE, "Specifications", "Driver\t11mm dynamic", "Battery (buds / total)\t9h / 42h (ANC on)",
                   "Charging\tUSB-C, Qi wireless", BODY)
    assert not spec.furniture and [len(b.rows) for b in spec.sections[0].blocks if isinstance(b, Table)] == [2]
    for line in ("Listen · 9:14 min", "Listen · 3:12", "Listen | 4:41"):
        assert furniture_kind(line), line
    for line in ("5k", "100m", "Listen to the residents"):
        assert furniture_kind(line) is None, line
    for line in ("by: Tessa Morales", "Courier staff report", "Valley Courier staff report"):
        assert is_byline(line), line
    assert not any(map(is_byline, ("Flood news report", "Planning Staff Report", "The Staff Report")))
    standfirst = ("Callanan, 46, set fire to the restaurant he co-owned in an insurance scam that killed two workers. "
                  "Follow our live coverage from the Supreme Court.")
    live = article(HEADLINE, standfirst, "By Jo Lee", "10.05 AEDT", BODY, "9.40 AEDT", BODY, "9.15 AEDT", BODY)
    assert (live.summary, live.furniture) == (standfirst, ())
    for line in ("Storm Orla: follow our live coverage", "Get the latest news in your inbox every day. Sign up here.",
                 "Every mile the team skis raises money for the Polar Youth Trust and its courses. Donate today."):
        assert furniture_kind(line) == "newsletter prompt", line


def test_a_tables_rows_are_never_furniture():
    """A results table's header "Home | Score | Away | Attendance" was dropped as a page control,
    and a tab table's header or row ending "(m/yr)" or "(parents/guardians)" as a caption: three
    or more rows in a run with as many cells are a table's, whatever their words. Two such lines
    are as often a site's links ("Read also | ..."), and stay furniture."""
    results = article(HEADLINE, LEDE, "RESULTS", "Home | Score | Away | Attendance",
                      "Harrowby Athletic | 2-0 | Castlemere Town | 1,412", "Greyfriars FC | 0-0 | Kelsall Rovers | 388", BODY)
    assert not results.furniture and [(b.header, len(b.rows)) for s in results.sections for b in s.blocks
                                      if isinstance(b, Table)] == [(("Home", "Score", "Away", "Attendance"), 2)]
    wells = article(HEADLINE, LEDE, "Block\tExtraction as % of recharge\tAvg fall in water table (m/yr)",
                    "Sonpur\t212\t1.4", "Karoli\t194\t1.1", "Pediatrics and NICU\t24 hours\t2 (parents/guardians)", BODY)
    assert not wells.furniture
    links = article(HEADLINE, LEDE, BODY, "Read also | Clinic to get a night shift after a 10-year wait",
                    "Read also | Councillors walk out of budget meeting", BODY)
    assert len(links.furniture) == 2
    slabs = article(HEADLINE, LEDE, "Income | Rate |", "Up to 4 lakh | Nil |", "4 lakh – 8 lakh | 5% |", "Above 8 lakh | 10% |",
                    "Also Read | Budget 2026: What gets cheaper, what gets costlier", BODY)
    assert [len(b.rows) for b in slabs.intro if isinstance(b, Table)] == [3]
    assert [f.text for f in slabs.furniture] == ["Also Read | Budget 2026: What gets cheaper, what gets costlier"]
    for line in ("QA/QC", "GBP/USD", "Data/Code"):
        assert furniture_kind(line) is None, line
    for line in ("wo/jk/lth", "ACP/lmb/dh"):
        assert furniture_kind(line) == "agency credit", line


def test_a_caption_run_onto_a_paragraph_leaves_the_paragraph():
    """"... removed sinks altogether.A sink in a ward side room .... Credit: University of
    Westmoor": the paragraph was dropped whole as a caption. The caption alone is left out; a
    caption run onto its own credit ("... on Tuesday.Credit...Eliot Park") is all caption."""
    para = ("Sink drains have been linked to outbreaks of resistant infections in intensive care units, "
            "and some hospitals have removed sinks altogether.")
    caption = "A sink in a ward side room at Westmoor General Hospital. Credit: University of Westmoor"
    a = article(HEADLINE, LEDE, BODY, para + caption, BODY)
    assert [(f.kind, f.text, f.line) for f in a.furniture] == [("photo credit or caption", caption, 4)]
    assert para in [b.text for b in a.intro]
    whole = "Senator Ruth Alvarez, center, speaking with reporters at the Capitol on Tuesday.Credit...Eliot Park for The Chronicle"
    b = article(HEADLINE, LEDE, BODY, whole, BODY)
    assert [f.text for f in b.furniture] == [whole.replace(".Credit", ". Credit")]  # the spacing repaired


def test_a_first_person_reviews_question_headings_are_no_interview():
    """A review's question headings answered in the first person ("Is it easy to set up?" over
    "I had it linked to my bank in ten minutes.") were read as an interviewer's questions and
    shown as text. An interviewer asks "you" at least once (on dev, every one of 51 interviews
    does); questions that never do are the review's own (bare, as here, its questions and
    answers; under its other headings, as on the review that showed it, its sections)."""
    review = article(HEADLINE, LEDE, "What does it do?", "I used it for a month to track every purchase I made, and it caught them all.",
                     "Is it easy to set up?", "I had it linked to my bank in ten minutes, which is faster than most apps I have tried.",
                     "How good is the budgeting?", "My categories filled themselves after a week, and I only fixed two of them by hand.",
                     "Is Plus worth paying for?", "I would pay for it, since the reports alone saved me more than it costs each month.")
    shown = [s.heading for s in review.sections] + [q.question for s in review.sections for q in s.faq]
    assert {"What does it do?", "Is it easy to set up?", "How good is the budgeting?", "Is Plus worth paying for?"} <= set(shown)
    interview = article(HEADLINE, LEDE, "How did you start?", "I started at my father's bakery when I was twelve years old.",
                        "What was hardest?", "My first winter, when I worked every night and slept through most of the days.",
                        "Would you do it again?", "I would, though I would hire help much sooner than I did the first time.")
    assert kinds(interview) == ["P"] * 6


def test_the_thirty_first_reviews_examples():
    """A review of this round's rules found: three "Read also | ..." rail lines, and a gallery's
    three "... | Photo: ..." captions, kept as tables (a run whose every row is furniture is a
    widget); a picture's one-sentence alt text glued to its caption kept as a paragraph; a Q&A
    whose labelled "A:" answers never hear "you" read as an FAQ; a live-coverage promo box down
    a story kept; a council's "Planning Staff Report" heading taken as a byline."""
    for name in ("thirtyfirst_r1_read_also_rail", "thirtyfirst_r1b_gallery_captions"):
        a = _review(name)
        assert not any(isinstance(b, Table) for b in all_blocks(a)) and len(a.furniture) >= 3, name
    alt = _review("thirtyfirst_r2_alt_text_glued")
    assert any(f.text.startswith("A firefighter stands outside") for f in alt.furniture)
    qa = _review("thirtyfirst_r3b_qa_labelled_no_you")
    assert not any(s.faq for s in qa.sections)
    promo = _review("thirtyfirst_r4_live_promo_midstory")
    assert any("Follow our live coverage" in f.text for f in promo.furniture)
    council = _review("thirtyfirst_r5_staff_report_heading")
    assert "H2:Planning Staff Report" in _headings(council)


def test_an_interview_that_never_asks_you_introduced_in_its_standfirst_is_text():
    """Review 31 and 32: questions that never say "you", answered in the first person, under a
    standfirst saying "She spoke to us from Kathmandu" or a headline "Five minutes with ...": an
    interview (the masthead's lines count as saying it talked to someone)."""
    a = _review("thirtyfirst_r3_interview_no_you")
    assert not any(s.faq for s in a.sections)
    for name in ("thirtysecond_r5_quickfire", "thirtysecond_r5_intro_in_standfirst"):
        assert not any(s.faq for s in _review(name).sections), name


def test_the_lead_pictures_caption_over_its_credit_is_no_summary():
    """"Finance Minister Orban Leck delivers the budget speech ..." over "Photo: Kasia Wren/...",
    under the headline and before the text: the picture's caption, left out, never the summary
    (on dev the summary 3 times). The line under a credit is the next thing on the page; a lede
    of more than 25 words beside a credit stays the lede."""
    caption = "Finance Minister Orban Leck delivers the budget speech in the National Assembly on Wednesday"
    a = article(HEADLINE, caption, "Photo: Kasia Wren/Valdorian Herald", LEDE, BODY)
    assert a.summary == LEDE and [f.text for f in a.furniture] == [caption, "Photo: Kasia Wren/Valdorian Herald"]
    b = article(HEADLINE, "Illustration by Priya Oduya for The Metro Weekly", "My flatmate never pays for groceries", LEDE, BODY)
    assert "My flatmate never pays for groceries" not in [f.text for f in b.furniture]
    long_lede = ("A bloc of Republican governors is breaking with the party's congressional leaders over Medicaid cuts, "
                 "warning that the plan would shift billions in costs onto the states.")
    c = article(HEADLINE, long_lede, "Illustration: Gia Moreno/The Brief", BODY)
    assert c.summary == long_lede


def test_the_lead_pictures_alt_text_over_its_caption_and_bracketed_credit_is_no_summary():
    """A broadcaster's lead picture: its alt text ("A man in a yellow raincoat wades through
    ..."), then its caption closed by a bracketed credit ("... (North Desk: Tom Gardiner)").
    Both are the picture's, never the summary (on dev the summary 3 times), whatever comes
    next, "Key points:" or the lede. A standfirst, told without a stop, over such a caption stays
    the summary, as does a list's item over one."""
    alt = "A man in a yellow raincoat wades through brown floodwater in a main street lined with shops."
    caption = "Floodwaters cut the main street of Ingham on Tuesday night. (North Desk: Tom Gardiner)"
    a = article(HEADLINE, "By Kelsey Ward", alt, caption, "Key points:", "- The river peaked overnight",
                "- Residents are told to stay away", LEDE, BODY)
    assert a.summary != alt and {alt, caption} <= {f.text for f in a.furniture}
    standfirst = "Irwell City cruised into the FA Cup fifth round with a comfortable 4-0 win over Dunmore Park"
    b = article(HEADLINE, standfirst, "Erik Lindqvist celebrates the second goal (Image: Irwell City FC via Getty Images)",
                LEDE, BODY)
    assert b.summary == standfirst
    c = article(HEADLINE, LEDE, "- The river peaked overnight.",
                "- Floodwaters cut the main street on Tuesday night. (North Desk: Tom Gardiner)", BODY)
    assert "- The river peaked overnight." not in {f.text for f in c.furniture}


def test_a_question_wholly_in_quotation_marks_is_someones_words_not_a_heading():
    """'"Where is the money for the NHS?"' on its own line in the body: a quote, never a heading
    (on dev 16 such lines, none a heading but a pull quote in capitals, which stays one)."""
    quote = '"Where is the money for the NHS?"'
    a = article(HEADLINE, LEDE, "Next Steps", BODY, quote, "That was the question shouted from the benches as the minister sat down.")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Next Steps"]
    b = article(HEADLINE, LEDE, "“WHAT WOULD I DO WITH IT?”", BODY, "Next Steps", BODY)
    assert [k for k in kinds(b) if k.startswith("H")][0] == "H2:“WHAT WOULD I DO WITH IT?”"


def test_a_links_text_on_its_own_line_inside_a_sentence_is_no_heading():
    """"According to an analysis by the" / "Port Alden Fiscal Policy Institute" / ", none of
    those protections appear ...": a pasted link's text, inside a sentence, never a heading; a
    heading after a sentence that ends stays one."""
    a = article(HEADLINE, LEDE, "The money comes back in rent, according to an analysis by the",
                "Port Alden Fiscal Policy Institute", ", none of those protections appear in the current term sheet.", BODY)
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, "Parents can read the full report on the", "Schools Inspectorate website",
                "by searching for the school's name.", BODY)
    assert not [k for k in kinds(b) if k.startswith("H")]
    c = article(HEADLINE, LEDE, BODY, "Port Alden Fiscal Policy Institute", BODY)
    assert "H2:Port Alden Fiscal Policy Institute" in kinds(c)


def test_a_lone_full_date_is_the_pages_date_never_a_heading():
    """"Thursday 6 February 2026" alone over the lede, the text's only date line: the page's
    date (on dev, 9 such headings, none right). A timeline's dates, several, head their entries."""
    a = _review("lone_date_under_byline")  # a school district's page: its date under "By the Office of Communications"
    assert "Jan 12, 2026" not in [s.heading for s in a.sections] and a.sections
    b = article(HEADLINE, LEDE, BODY, "12 March 2020", BODY, "4 June 2021", BODY, "9 May 2023", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:12 March 2020", "H2:4 June 2021", "H2:9 May 2023"]


def test_a_sites_makers_and_app_badges_are_furniture_and_a_notices_signer_no_link():
    """Footers' "Proudly powered by WordPress | Theme: ...", "Government Websites by CivicPlus®"
    and the app badges' "Download on the App Store | Get it on Google Play" are furniture (on dev,
    16 such lines kept); a notice's close over the footer's links ("By order of the Board of
    Commissioners", "Karen Solberg, County Administrator") stays the notice's."""
    for line, kind in (("Proudly powered by WordPress | Theme: Meadowlark", "copyright"),
                       ("Government Websites by CivicPlus®", "copyright"), ("Website design by SchoolSites", "copyright"),
                       ("Download on the App Store | Get it on Google Play", "newsletter prompt")):
        assert furniture_kind(line) == kind, line
    assert furniture_kind("Websites by design are hard to build, she said.") is None
    a = article(HEADLINE, LEDE, BODY, "By order of the Board of Commissioners", "Karen Solberg, County Administrator", "",
                "Return to full list", "Spring load restrictions begin March 10", "Buffer compliance letters mailed to landowners",
                "Government Websites by CivicWorks Digital")
    kept = [b.text for b in all_blocks(a) if hasattr(b, "text")]
    assert "By order of the Board of Commissioners" in kept and "Karen Solberg, County Administrator" in kept


def test_the_thirty_second_reviews_examples():
    """A review of this round's later rules found: a short lede and a standfirst over a lone
    "Photo: ..." credit dropped as captions (a lede's tense, "has died", "will", keeps them); a
    subheading under "... still waiting for" over "iOS 26.4 was ..." made text; a month review's
    "January 2026", a mid-text "Thursday 6 February 2025" section and a timeline's one day made
    text; "Websites built by AI now make up ..." dropped as a footer; related links kept by a
    "Meet Dana Whitfield, Aurora's New Finance Director" headline taken for a notice's signer."""
    for name in ("thirtysecond_r1_short_lede", "thirtysecond_r1_standfirst"):
        a = _review(name)
        assert not [f for f in a.furniture if f.kind == "photo credit or caption" and not f.text.startswith("Photo")], name
    assert "H3:A smarter Siri" in _headings(_review("thirtysecond_r2_waiting_for"))
    assert "H2:January 2026" in _headings(_review("thirtysecond_r3_month_review"))
    assert "H2:Thursday 6 February 2025" in _headings(_review("thirtysecond_r3_dated_section"))
    assert "H2:Tuesday 3 February 2026" in _headings(_review("thirtysecond_r3_timeline"))
    assert not any(f.text.startswith("Websites built by AI") for f in _review("thirtysecond_r4_websites_built_by").furniture)
    assert "Meet Dana Whitfield, Aurora's New Finance Director" in [f.text for f in _review("thirtysecond_r4_related_signer").furniture]


def test_a_name_and_outlet_over_the_date_under_the_masthead_is_the_byline():
    """"Ritika Menon | Markets Today" over "Published: Dec 03, 2025 08:21 AM IST", under a live
    page's standfirst: the byline (on dev 5 such, read as table lines or a heading)."""
    standfirst = "Stock market live updates: benchmark indices traded lower on Wednesday, dragged by banks."
    a = article(HEADLINE, standfirst, "Ritika Menon | Markets Today", "Published: Dec 03, 2025 08:21 AM IST", LEDE, BODY)
    assert a.byline == "Ritika Menon | Markets Today"
    b = article(HEADLINE, LEDE, BODY, "Claire Dufresne / VERA Lusoria", "Published on 4/3/2026 at 11:20", BODY)
    assert b.byline == "Claire Dufresne / VERA Lusoria" and "H2:Claire Dufresne / VERA Lusoria" not in kinds(b)


@pytest.mark.parametrize("credit", ["Report by Ieuan Pryce, auctioneer", "Answered by Joanna Strell, employment solicitor",
                                    "Tested by Jonah Pirelli", "Curated by Olu Adeyemi", "Horizon24 staff",
                                    "Staff and agencies", "The Dispatch newsroom", "Our politics team", "FilmiBuzz Desk",
                                    "The Editorial Board"])
def test_a_credit_under_its_own_verb_over_the_date_is_the_byline_not_the_headline(credit):
    """"Report by Ieuan Pryce, auctioneer" between the headline and the date: the byline. Before,
    the line right over the date was taken for the headline, and the headline dropped as a
    kicker (dev 5 such; holdout 9 bylines and 6 titles more). So is a newsroom's credit,
    "Horizon24 staff", "The Dispatch newsroom" (dev 5, holdout 1 more)."""
    a = article("Border Counties Farmer", HEADLINE, credit, "Tuesday 3rd March 2026", LEDE, BODY)
    assert (a.title, a.byline) == (HEADLINE, credit)


@pytest.mark.parametrize("credit", ["Ledger Web Desk", "FilmiBuzz Desk", "Meridian Staff"])
def test_a_newsroom_credited_under_the_date_is_the_byline_not_a_heading(credit):
    """"Updated: July 16, 2025 18:42 IST", then "Ledger Web Desk": the newsroom signs the page
    from under its date as much as from over it (dev 3 bylines more, 3 false headings fewer)."""
    a = article(HEADLINE, "Updated: July 16, 2025 18:42 IST", credit, LEDE, BODY)
    assert a.byline == credit and f"H2:{credit}" not in kinds(a)


def test_title_case_words_joined_under_the_date_stay_what_they_are():
    """Writers named together under the date were once taken for the byline; a headline or a
    heading reads the same ("Taylor Swift and Travis Kelce Announce Engagement", "Interest
    Rates and House Prices"), so they are not."""
    a = article("Entertainment", "March 3, 2025", "Taylor Swift and Travis Kelce Announce Engagement", LEDE, BODY)
    assert a.title == "Taylor Swift and Travis Kelce Announce Engagement" and a.byline is None
    b = article(HEADLINE, "By Jo Lee", "March 3, 2025", LEDE, "Interest Rates and House Prices", BODY, "What Comes Next", BODY)
    assert "H2:Interest Rates and House Prices" in kinds(b)


def test_a_health_pages_reviewer_and_a_headline_under_a_label_are_no_credit():
    """A clinician's "Reviewed by Dr ..., <role>" is the page's metadata, never its writer; a
    headline that reads like a credit ("Tested by Storm Babet") under a shorter label stays the headline."""
    a = article("Oakfield Animal Hospital", HEADLINE, LEDE, "Reviewed by Dr Ben Lacroix, RCVS Specialist in Emergency Care",
                "Last updated 2 June 2025", BODY, BODY)
    assert a.title == HEADLINE and not (a.byline or "").startswith("Reviewed")
    b = article("Flood defences", "Tested by Storm Babet", "Tuesday 3rd March 2026", LEDE, BODY)
    assert b.title == "Tested by Storm Babet" and b.byline is None
    c = article(HEADLINE, LEDE, "Hospital staff", BODY, "Patients", BODY)  # in the text, a section
    assert "H2:Hospital staff" in kinds(c) and c.byline is None


def test_a_two_crumb_trail_over_the_date_is_no_headline_when_the_headline_stands_under_the_date():
    """"Newsroom > Press Releases" over "FOR IMMEDIATE RELEASE" and the date, then the headline:
    the trail is a kicker (before, it was taken for the headline, the line right over the date:
    dev 2 titles and 3 summaries more, holdout 1 and 1)."""
    standfirst = "Anonymous donation, the largest in the nonprofit's 31-year history, will fund new learning centres"
    a = article("Riverbend Reads", "Newsroom > Press Releases", "FOR IMMEDIATE RELEASE", "March 11, 2025", HEADLINE,
                standfirst, LEDE, BODY)
    assert (a.title, a.summary) == (HEADLINE, standfirst)


def test_a_headline_in_capitals_over_its_standfirst_and_the_byline_is_the_title():
    """"COPPERLINE ANNOUNCE FIRST TOUR IN 15 YEARS" over its deck and "Words: ...": the headline;
    a few words in capitals ("TOURS") are a label, but a headline in capitals says more (dev 1
    title more, holdout 3)."""
    headline, deck = "COPPERLINE ANNOUNCE FIRST TOUR IN 15 YEARS", "Sheffield indie heroes will play eight UK and Ireland dates this autumn"
    a = article("RIFFLINE", "TOURS", headline, deck, "Words: Hannah Stroud", "2 October 2025", LEDE, BODY)
    assert (a.title, a.summary) == (headline, deck)


def test_the_outlet_between_the_byline_and_the_date_is_no_dateline_over_a_place_in_capitals():
    """"By HÉLÈNE DUCASSE", "Meridian Press", the date, then "ESSAOUIRA, Morocco": the place in
    capitals is the dateline, never a heading (dev 4 datelines more); with no such place under
    the date, "New Delhi" between the name and the date stays the dateline."""
    a = article(HEADLINE, "By Hélène Ducasse", "Meridian Press", "Published 11:52 PM GMT+1, November 30, 2024",
                "ESSAOUIRA, Morocco", LEDE, BODY)
    assert a.dateline == "ESSAOUIRA, Morocco" and not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, "By Rohit Saxena", "New Delhi", "Published 11:52 PM IST, November 30, 2024", LEDE, BODY)
    assert b.dateline == "New Delhi"


def test_the_thirty_third_reviews_examples():
    """A review of this round's masthead rules found: a film's "Directed by ..., starring ..." and
    headlines shaped like credits ("Failed by Thames Water", "Rescued by Coastguard Helicopter
    Crew") taken for bylines (a writer's verbs only now); a headline ending "... Night Shift Staff"
    taken for a newsroom; a headline holding "Autumn / Winter" taken for a trail; a ticker's
    "BREAKING NEWS: ..." in capitals taken for the headline; and a box's "FAST FACTS" under the
    date taken for the dateline."""
    director = _review("thirtythird_r1_director")
    assert director.title.startswith("Hamnet review") and director.byline is None
    assert _review("thirtythird_r1_failed_by").title == "Failed by Thames Water"
    assert _review("thirtythird_r1_headline").title == "Rescued by Coastguard Helicopter Crew"
    assert _review("thirtythird_r2_staff_headline").byline is None
    assert _review("thirtythird_r4_slash_headline").title.startswith("Paris Fashion Week Autumn / Winter 2026")
    assert _review("thirtythird_r5_caps_ticker").title == "Council approves £40m plan to rebuild Sunderland seafront promenade"
    facts = _review("thirtythird_r6_fast_facts")
    assert facts.dateline == "Nairobi" and "H2:FAST FACTS" in _headings(facts)


def test_a_standfirst_may_open_on_a_currency_sign():
    """"$22 million unit at ... means young patients ..." under the headline and over the
    dateline is its standfirst, not the headline (dev 1 title more, holdout 1 title and 1 summary)."""
    headline = "MERCY VALE HEALTH OPENS REGION'S FIRST PEDIATRIC BURN UNIT"
    deck = "$22 million unit at Mercy Vale Children's Hospital means young patients no longer travel hours for care"
    a = article("NEWS RELEASE", "FOR IMMEDIATE RELEASE", headline, deck, "March 3, 2026", LEDE, BODY)
    assert (a.title, a.summary) == (headline, deck)


def test_the_thirty_fourth_reviews_examples():
    """A second review of this round's rules found: "Published By: ..." lost as a byline when
    the colon form was rewritten; "Introducing Our New Editorial Board" taken for a newsroom;
    an editor's letter's headline and sign-off "Thank you for subscribing, and ..." dropped as a
    form's message; an idiom's "... day by day." holding the headings after it; and a
    listicle's "5 things to know about ..." taken for a standfirst under the site's tagline."""
    assert _review("thirtyfourth_r1_published_by").byline == "Published By: Ritika Sabharwal"
    assert _review("thirtyfourth_r2_editorial_board").title == "Introducing Our New Editorial Board"
    letter = _review("thirtyfourth_r3_editor_letter")
    assert letter.title.startswith("Thank you for subscribing:")
    assert not [f for f in letter.furniture if f.text.startswith("Thank you for subscribing")]
    assert "H2:Hosepipe ban" in _headings(_review("thirtyfourth_r4_day_by_day"))
    assert _review("thirtyfourth_r5_listicle_tagline").title.startswith("5 things to know")


@pytest.mark.parametrize("name, score", [("uw10_baltic-pearl-festival", "Grade: B+"), ("qu04_corrib-light-exhibition", "Rating: ****"),
                                         ("qz12_sorell-pico-mobile-road-test", "Verdict: ★★★☆☆"),
                                         ("qq12_notes-app-review", "Our rating: 4 out of 5")])
def test_a_reviews_labelled_score_is_no_heading(name, score):
    """A review's score under its label, in stars, a letter grade or a figure over its scale,
    is a paragraph, never a heading (dev 8 false headings out, holdout 1, and 3 levels right:
    a false heading had pushed the sections under it). Read from the benchmark's dev pages."""
    text = (STRUCTURE / "dev" / f"{name}.txt").read_text(encoding="utf-8")
    a = parse(text)
    assert f"H2:{score}" not in _headings(a) and score in [b.text for b in all_blocks(a) if hasattr(b, "text")]


def test_a_series_goes_on_past_a_step_that_counts_its_own_things_and_a_definition_holds_no_steps():
    """"Step 2: Choose a test kit" over "There are two main types:" counts kit types, not its
    parts: Steps 3 and 4 stay its siblings; and a definition's "What is radon?" over the steps
    is no how-to holding them (dev 6 levels)."""
    a = article(HEADLINE, LEDE, "What is radon?", BODY, "Step 1: Find out whether your area is at higher risk", BODY,
                "Step 2: Choose a test kit", "There are two main types:", "- Short-term kits", "- Long-term kits",
                "Step 3: Place it correctly", BODY, "Step 4: Read the results", BODY, "Step 5: Fix the problem", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:What is radon?", "H2:Step 1: Find out whether your area is at higher risk", "H2:Step 2: Choose a test kit",
        "H2:Step 3: Place it correctly", "H2:Step 4: Read the results", "H2:Step 5: Fix the problem"]
    # a how-to's question still holds its steps
    b = article(HEADLINE, LEDE, "How do I claim?", "Follow these steps.", "Step 1: Register", BODY, "Step 2: Apply", BODY,
                "Payments", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == ["H2:How do I claim?", "H3:Step 1: Register", "H3:Step 2: Apply",
                                                          "H2:Payments"]


def test_the_thirty_fifth_reviews_examples():
    """A review of the last rules found: "Windows 11 Home" and "Windows 11 Pro" under a section
    counting two types, and a list numbered again from 1 under "2. Services will be cut", taken
    for a series going on (only the next number of the section's own series is now); "What is
    the process for applying?" taken for a definition (only a word or two after "What is" is);
    a "Sign the petition" heading over its own paragraph dropped as a button (the button rule
    is gone); and a lede opening "Edited 4,000 times since Sunday, ..." taken for a time stamp."""
    assert ["H2:Windows 11 Upgrade", "H3:Windows 11 Home", "H3:Windows 11 Pro"] == \
        _headings(_review("thirtyfifth_r2_windows_versions"))[:3]
    assert "H3:1. Libraries" in _headings(_review("thirtyfifth_r2_numbered_restart"))
    assert "H3:Step 1: Check you are eligible" in _headings(_review("thirtyfifth_r3_what_are_steps"))
    assert "H3:Sign the petition" in _headings(_review("thirtyfifth_r4_petition_heading"))
    assert _review("thirtyfifth_r5_edited_lede").summary.startswith("Edited 4,000 times since Sunday")


def test_a_key_events_box_with_each_links_age_over_its_title_is_furniture():
    """A live page's "Key events" box copied with each link's age on its own line ("9h ago",
    then "Picket lines form at three depots") over "Show key events only": the box is page
    furniture, never headings (dev 2 boxes, holdout 1)."""
    a = article(HEADLINE, "By Hannah Reilly", "Thu 12 Mar 2026 14.47 GMT", "Key events", "9h ago",
                "Picket lines form at three depots", "5h ago", "Minister urges both sides to meet", "Show key events only",
                "14.47 GMT", LEDE, "14.20 GMT", BODY, "13.05 GMT", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:14.47 GMT", "H2:14.20 GMT", "H2:13.05 GMT"]
    assert {"9h ago", "Picket lines form at three depots"} <= {f.text for f in a.furniture}


@pytest.mark.parametrize("line, kind", [("Share: Facebook Pinterest Email", "share prompt"),
                                        ("Jump to Instructions", "page control"), ("Jump to Method", "page control"),
                                        ("A A", "page control"), ("A A A", "page control"), ("A- A+", "page control"),
                                        ("£25   £50   £100   Other amount", "page control"),
                                        ("Continues after advertising", "advertisement"),
                                        ("Receive TelaTech news on WhatsApp", "newsletter prompt"),
                                        ("Skip next section 06:00 CEST", "page control")])
def test_a_labelled_share_row_and_a_how_tos_jump_link_are_furniture(line, kind):
    """Furniture lines, whole: a labelled share row, a how-to's jump link, a text-size control
    ("A A"; a bare "AA", which may head a credit rating's section, is no dateline either: two
    letters are none), a donation form's row of amounts, an advert's "Continues after
    advertising", a messaging channel's prompt and a live page's "Skip next section" with the
    time after it."""
    assert furniture_kind(line) == kind


def test_a_shopping_picks_price_and_size_line_is_text_under_its_heading():
    """A shopping guide's pick, "Best overall: ...", over its price and size ("£18 for 50ml,
    Corrie & Hale") and a "Buy now" button: the pick is the heading, the price line text
    (before, the price line was taken for the heading: dev 13 false headings, holdout 5)."""
    a = article(HEADLINE, LEDE, "Our top picks", "Best overall: Corrie & Hale Daily Shield Fluid SPF 50",
                "£18 for 50ml, Corrie & Hale", "Buy now", BODY, "Best budget: Tesmond Essentials Lotion SPF 50",
                "$24 for 1 oz at Ridgeback Supply", "Buy now", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Our top picks", "H3:Best overall: Corrie & Hale Daily Shield Fluid SPF 50",
        "H3:Best budget: Tesmond Essentials Lotion SPF 50"]


def test_a_numbered_section_may_open_on_a_captioned_table_and_table_rows_are_no_live_entries():
    """"2. The search so far" over "Timeline of the search" and its table is one of the
    numbered series, so "1. What happened" is too (before, both were lists of one); and a
    table's rows holding times ("Sat 14 June | 23:12 | ...") are no live entries, so the place
    under the date stays the dateline."""
    a = article(HEADLINE, "Eight crew members have been missing for four days, and rumours are spreading fast.",
                "Lungile Mthembu", "Published: 2025-06-18 | 06:00", "Updated: 2025-06-18 | 15:35", "PORT ELWYN", LEDE,
                "1. What happened", BODY, "2. The search so far", "Timeline of the search", "Date | Time | Event",
                "Sat 14 June | 22:40 | Last radio call", "Sat 14 June | 23:12 | AIS signal stops",
                "Sun 15 June | 09:30 | Authority alerted", "Wed 18 June | 08:00 | Search area extended",
                "3. The rumours, checked", BODY, "4. What we don't know", BODY)
    assert a.dateline == "PORT ELWYN"
    assert [k for k in kinds(a) if k.startswith("H2")] == ["H2:1. What happened", "H2:2. The search so far",
                                                          "H2:3. The rumours, checked", "H2:4. What we don't know"]


@pytest.mark.parametrize("line", ["By Katrin Vogel, primary school teacher, Berlin-Pankow", "By Owen Pryce, gardening editor"])
def test_a_byline_under_by_may_give_any_role_in_lower_case(line):
    """"By <name>, <role in lower case>[, <place>]": the byline whatever the role (before, only
    a newsroom's roles; the corpus's 36 such lines are all bylines), never "By Jane Doe, who ..."."""
    assert is_byline(line) and not is_byline("By Jane Doe, who was there") and not is_byline("By Train, the quickest")


def test_a_live_pages_reporters_where_each_is_over_the_date_are_the_byline():
    """"Kwame Asante-Boakye in Accra and Ruth Ellison" under the standfirst and over the date: the
    byline (before, the headline and standfirst were dropped as kickers over it); a headline
    shaped alike stays the headline, as it stands over no date under a longer line."""
    headline = "Papal visit to Ghana: Pope celebrates Mass for 600,000 at Independence Square – live updates"
    deck = "Pope calls on young people to refuse the path of corruption as crowds fill the seafront"
    a = article(headline, deck, "Kwame Asante-Boakye in Accra and Ruth Ellison", "Last updated: 12:18 GMT, Sun 9 November 2025",
                "12:18 GMT", LEDE, "12:02 GMT", BODY, "11:40 GMT", BODY)
    assert (a.title, a.summary, a.byline) == (headline, deck, "Kwame Asante-Boakye in Accra and Ruth Ellison")
    b = article("Heavy Rain in Kent and Sussex Flooding", LEDE, BODY)
    assert b.title == "Heavy Rain in Kent and Sussex Flooding" and b.byline is None


def test_a_freelances_special_to_line_is_the_bylines_role():
    """A name over "Special to The Prairie Post" over the date: the byline and its role, never a
    heading or the headline (dev 1 byline and 1 title more)."""
    a = article("Putting roses to bed: a step-by-step guide for a prairie winter", "Tender roses need a little more help.",
                "Lorna Beauchesne", "Special to The Prairie Post", "Published Oct 05, 2024", LEDE, BODY)
    assert a.byline == "Lorna Beauchesne" and not [k for k in kinds(a) if k.startswith("H")]


def test_a_signature_under_a_cross_with_two_offices_is_no_heading():
    """"+ Thomas Kerrigan", "Archbishop of Port Lachlan", "Chair, Bishops' Commission for Migrants
    and Refugees" closing a statement: its signature, no headings (before, both offices were)."""
    a = article(HEADLINE, LEDE, "Statement of the Commission", BODY,
                "We ask all people of goodwill to pray for those in detention and for their families.",
                "+ Thomas Kerrigan\nArchbishop of Port Lachlan\nChair, Bishops' Commission for Migrants and Refugees",
                "Media contact: Bernadette Sloane, 0412 908 331")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Statement of the Commission"]


def test_an_advice_columns_long_reader_questions_are_its_faq():
    """A column's reader questions, each their story in the first person before what they ask
    (up to 50 words: "I am due back from maternity leave ... Can they do that?"), each answered:
    an FAQ of three questions (before, a question over 30 words was a paragraph: dev 8
    questions more, holdout 4, none wrong). A paragraph closing on a rhetorical question stays
    a paragraph."""
    q1 = ("I was promoted to supervisor eight months ago but my salary has not changed. My manager keeps saying "
          "\"next quarter\". Is this allowed, and how should I raise it?")
    q2 = "I am on six months' probation at a new job. My employer says I am not entitled to annual leave. Is that true?"
    q3 = ("I am due back from maternity leave in January. My employer has hired someone to cover my role and hinted "
          "that I may be \"redeployed\" to another department when I come back next year. Can they do that?")
    a = article(HEADLINE, LEDE, q1, "Congratulations on the promotion. Legally, it depends on what you agreed.",
                "I suggest the following steps:", "1. Find any document that confirms the promotion.",
                "2. Ask HR for the salary band.", BODY, q2, "No. Probation does not remove your statutory leave.", BODY,
                q3, "You are entitled to return to the job you held before your leave.", BODY)
    assert [q.question for s in a.sections for q in s.faq] == [q1, q2, q3]
    b = article(HEADLINE, LEDE, "That's a side with plenty of cup know-how even with the changes. Mill Lane will be full, "
                "the forecast is horrible and I genuinely don't know what's going to happen. Which is the point, isn't it?",
                BODY, "What did you make of the draw?", BODY)
    assert not [q for s in b.sections for q in s.faq]


def test_a_mailbags_signed_letters_under_questions_are_an_faq_and_the_sign_off_no_list():
    """A style column's questions, each over the reader's letter in the first person and its
    sign-off ("– Hana, Pukerau Valley"), then the answer: an FAQ, never an interview's turns
    (readers sign, interviewees do not), and a sign-off alone is no list of one (dev 6 false
    lists out, 5 questions more; holdout 2 false lists out)."""
    def letter(question: str, story: str, signer: str, answer: str) -> tuple[str, ...]:
        return question, f"{story}\n{signer}\n{answer}"
    a = article(HEADLINE, LEDE,
                *letter("What is appropriate to wear to a daytime funeral in summer?",
                        "I've been asked to speak at my uncle's service and I'm worried about the heat.",
                        "– Hana, Pukerau Valley", "First, I'm sorry for your loss. Navy or charcoal linen is fine."),
                *letter("Am I too old for skinny jeans?", "I'm 56 and my daughter says they are over.",
                        "– Caroline, Westmere Point", "No one is too old for anything. Try a straight leg."),
                *letter("How do I stop buying clothes I never wear?", "My wardrobe is full but I have nothing to wear.",
                        "– Sam, Rangiwai", "You are in good company. Turn every hanger backwards for a month."))
    assert [q.question for s in a.sections for q in s.faq] == [
        "What is appropriate to wear to a daytime funeral in summer?", "Am I too old for skinny jeans?",
        "How do I stop buying clothes I never wear?"]
    assert not [b for b in all_blocks(a) if isinstance(b, BulletList)]


def test_the_sites_name_between_the_byline_and_the_date_is_no_dateline():
    """"Mike Delgado", "Lakeshore Tribune", the date, with "Lakeshore Tribune" over the headline
    too: the site's name again, never the dateline (dev 4 datelines right, holdout 1); a place
    there named nowhere above stays the dateline."""
    a = article("Lakeshore Tribune", "BUSINESS", "Bank orders staff back to the office five days a week",
                "About 6,000 corporate employees must return full time by April, the bank said on Wednesday.",
                "Mike Delgado", "Lakeshore Tribune", "Jan. 22, 2026, 9:03 a.m. CT", LEDE, BODY)
    assert a.dateline is None and a.byline == "Mike Delgado"
    b = article("Lakeshore Tribune", "BUSINESS", "Bank orders staff back to the office five days a week",
                "About 6,000 corporate employees must return full time by April, the bank said on Wednesday.",
                "Mike Delgado", "New Delhi", "Jan. 22, 2026, 9:03 a.m. CT", LEDE, BODY)
    assert b.dateline == "New Delhi"


def test_a_fact_checks_numbered_quoted_claims_head_their_verdicts():
    """"1. Tessier: "We have built more homes ... history."" over its verdict, one of a numbered
    series: a heading though the quotation ends in a full stop (before, each was a list of one:
    dev 8 headings and 11 levels more)."""
    a = article(HEADLINE, LEDE, "HOUSING", "1. Tessier: \"We have built more homes in the last two years than ever.\"",
                "Mostly accurate.", BODY, "2. Lachance: \"Rents have gone up 40 per cent since this government took office.\"",
                "Accurate.", BODY, "HEALTH", "3. Tessier: \"We have cut the family doctor wait-list in half.\"", "Misleading.", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:HOUSING", "H3:1. Tessier: \"We have built more homes in the last two years than ever.\"",
        "H3:2. Lachance: \"Rents have gone up 40 per cent since this government took office.\"", "H2:HEALTH",
        "H3:3. Tessier: \"We have cut the family doctor wait-list in half.\""]


def test_kinds_named_by_a_shared_last_word_hold_their_members():
    """"Fresh Fragrances", "Floral Fragrances", "Woody Fragrances", each over the products of its
    kind: the kinds are sections, the products their subsections, all in Title Case; the last
    kind holds no more members than the others did, so "How to Test a Perfume" stays a section
    (dev 7 levels; it reads one page of the benchmark)."""
    a = article(HEADLINE, LEDE, "Fresh Fragrances", BODY, "Solene Neroli Blanc", BODY, "Harrowgate Vetiver", BODY,
                "Floral Fragrances", BODY, "Maison Peony Rain", BODY, "Atelier Jasmine Ink", BODY,
                "Woody Fragrances", BODY, "Oakmere Santal Skin", BODY, "Halvard Cedar Noir", BODY,
                "How to Test a Perfume Properly", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Fresh Fragrances", "H3:Solene Neroli Blanc", "H3:Harrowgate Vetiver", "H2:Floral Fragrances",
        "H3:Maison Peony Rain", "H3:Atelier Jasmine Ink", "H2:Woody Fragrances", "H3:Oakmere Santal Skin",
        "H3:Halvard Cedar Noir", "H2:How to Test a Perfume Properly"]


def test_the_thirty_sixth_reviews_examples():
    """A review of this round's rules found: a key events box's two-line links read on into the
    first entries (two-line links now only where the toggle closes the box); a headline's "By New
    Year, energy bills ..." taken for a byline; a caption's "Keir Starmer in Kyiv and Emmanuel
    Macron in Paris" over the date taken for the reporters (only on a live page, with no byline
    below); judges' names and offices over their profiles taken for signatures; an opinion
    column's long rhetorical questions taken for an FAQ (a long question's answer must speak to
    the reader); a pull quote's "— Polly Marsh, Generation Rent" taken for a reader's signed
    letter; a city section's "Bengaluru" over the headline making the dateline the site's name;
    and a budget's "Fuel duty", "Stamp duty", "Alcohol duty" holding the sections between them."""
    toggle = _review("thirtysixth_r1_toggle_above")
    assert "H2:4m ago" in _headings(toggle) or "H3:Airline says disruption will \"run into tomorrow\"" in _headings(toggle)
    assert not [f for f in toggle.furniture if f.text.startswith("Airline says")]
    first = _review("thirtysixth_r1_first_entry")
    assert "H2:18.41 GMT" in _headings(first)
    energy = _review("thirtysixth_r5_headline")
    assert (energy.title, energy.byline) == ("By New Year, energy bills will rise again", "By Helen Marsh")
    assert _review("thirtysixth_r6_caption").byline == "By Tom Ambrose and Jakub Krupa"
    judges = _headings(_review("thirtysixth_r8_judges"))
    assert {"H3:Amara Okoye", "H3:Daniel Pryce", "H3:Tom Whitfield"} <= set(judges)
    column = _review("thirtysixth_r9_column")
    assert not [s for s in column.sections if s.faq]
    explainer = _review("thirtysixth_r10_explainer")
    assert _headings(explainer)[:2] == ["H2:What happens to no-fault evictions?", "H2:How will rent increases work?"]
    assert _review("thirtysixth_r11_city_kicker").dateline == "Bengaluru"
    assert [h for h in _headings(_review("thirtysixth_r13_budget")) if h.startswith("H3")] == []


@pytest.mark.parametrize("byline", ["Daniel Ashworth (Brackenfield and Holme)", "Meenal Patwardhan, Corporator, Ward 23 (Sahakar Nagar)"])
def test_a_members_name_with_their_seat_in_brackets_over_the_date_is_the_byline(byline):
    """An MP's or a councillor's name with the seat they hold in brackets, and maybe an office,
    under the headline and over the date: the byline (before, the headline was dropped as a
    kicker over it: dev 2 titles, holdout 1 title and 7 bylines more with the next rule)."""
    headline = "Local MP welcomes £2.4m to save Brackenfield's rural bus routes"
    a = article("MY WARD", headline, byline, "Posted 11 April 2025 09:14", LEDE, BODY)
    assert (a.title, a.byline) == (headline, byline)


def test_a_written_byline_under_a_name_like_line_outranks_it():
    """"Kerala Egg Roast Recipe | Nadan Mutta Roast" over "Posted by Anjali Varghese on 22 March
    2025": the line under names the writer, so the one above is no "Name | Outlet" byline."""
    a = article("Spice Tiffin", "Kerala Egg Roast Recipe | Nadan Mutta Roast", "Posted by Anjali Varghese on 22 March 2025",
                LEDE, BODY)
    assert a.byline == "Posted by Anjali Varghese on 22 March 2025"
    b = article(HEADLINE, "Joanna Pell", "Senior reporter", "March 4, 2026", LEDE, BODY)
    assert b.byline == "Joanna Pell"  # a role under the name is no written byline


@pytest.mark.parametrize("line", ["Written by Hattie Greenhalgh, head baker", "Posted by Mira Okafor, community manager"])
def test_written_credits_with_a_role_in_lower_case_are_bylines(line):
    """"Written by <name>, <role in lower case>" as "By ..." is (dev 1 byline more); never "Written
    by a married couple who farm ..."."""
    assert is_byline(line) and not is_byline("Written by a married couple who farm in the Ebro valley, this is")


def test_a_press_wires_release_credit_over_the_date_is_the_byline():
    """"Press Release – Wairangi Chamber of Commerce" under the headline and over the date, as a
    press wire credits a release: the byline, never the headline (dev 1 title and 1 byline)."""
    headline = "Chamber Warns 14.8% Commercial Rates Rise Will Push Wairangi CBD Retailers Over The Edge"
    a = article("PressDesk NZ", "Business", headline, "Press Release – Wairangi Chamber of Commerce",
                "Thursday, 13 March 2025, 10:21 am", LEDE, BODY)
    assert (a.title, a.byline) == (headline, "Press Release – Wairangi Chamber of Commerce")


def test_a_first_name_signing_off_near_the_end_is_no_heading():
    """"Dolores" under the newsletter's last sentence, over its "Paid for by ... Dolores Whitfield."
    line: the writer signing off, named in full on the page (or by address), never a heading
    (dev 2 and holdout 4 false headings out); a profile's one-word name over its text stays one."""
    a = article(HEADLINE, LEDE, "Town halls", BODY, "It is an honor to represent you.", "Dolores",
                "Paid for by the Office of State Representative Dolores Whitfield.")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Town halls"]
    b = article(HEADLINE, "Meet the team behind the festival, from its founder Amara Okoye to its youngest volunteer.",
                "Amara", "Amara founded the festival in a church hall in 2011 and still runs it from her kitchen table.",
                BODY, "Daniel", "Daniel looks after the volunteers and the tea urn, and has done since the very start.", BODY)
    assert "H2:Amara" in [k for k in kinds(b) if k.startswith("H")]


def test_the_thirty_seventh_reviews_examples():
    """A review of the later rules found: a review's "La Sylphide (Scottish Ballet)" headline
    taken for a member and their seat (the seat's form now needs a longer headline above and no
    written byline below); a guest writer's name dropped over a site's "Posted by Communications
    Team ..."; an embedded post's "Posted by Tasmania Police on ..." taken for the byline; a
    report's "Summary by Region" heading dropped as a byline ("Summary by" was taken back out);
    a credit ratings explainer's "AAA" and "AA" headings dropped as a text-size control (only
    its spaced or signed forms now); an embargo note taken for a release's issuer; the last of
    a page's one-word sections ("Manchester", "Priya") taken for a writer's sign-off; a council
    tax table's row of figures dropped as a donation form; and a match preview's Title Case
    sections nested under its last team in capitals (two or more capitals over Title Case now)."""
    review = _review("thirtyseventh_r1_review_headline")
    assert (review.title, review.byline) == ("La Sylphide (Scottish Ballet)", "Reviewed by Helen Marsh")
    assert _review("thirtyseventh_r2_guest_column_posted_by").byline == "Councillor Meenal Patwardhan"
    assert _review("thirtyseventh_r3_facebook_embed").byline is None
    assert {"H2:Summary by Region", "H2:Summary by Property Type"} <= set(_headings(_review("thirtyseventh_r4_summary_by_region")))
    assert {"H2:AAA", "H2:AA"} <= set(_headings(_review("thirtyseventh_r5_credit_ratings")))
    assert not (_review("thirtyseventh_r6_release_embargo").byline or "").startswith("Media Release")
    assert "H2:Manchester" in _headings(_review("thirtyseventh_r7_city_sections"))
    assert "H2:Priya" in _headings(_review("thirtyseventh_r7_first_name_profiles"))
    assert not [f for f in _review("thirtyseventh_r8_amounts_row").furniture if f.text.startswith("£1,699")]
    assert not [h for h in _headings(_review("thirtyseventh_r9_match_preview")) if h.startswith("H3")]


def test_a_key_events_box_of_bare_titles_over_the_first_stamp_is_furniture():
    """A live page's bare "Key events" over the titles of its links alone, untimed, up to the
    box's control (or the first entry's stamp, a title said again over an entry): page
    furniture, never a heading over a paragraph of titles (dev 17 lines of furniture and 2 false
    headings, holdout 24 and 2, before review 38 asked for the control or the title again)."""
    a = article(HEADLINE, "By Sentinel staff", "Updated 3:52 p.m. EST, Tuesday, January 20, 2026", "Key events",
                "Highway 17 closed between Millbrook and Osgood Corners", "Transit buses pulled from hilly routes",
                "Schools to stay closed Wednesday", "Refresh for the latest updates.", "3:52 PM", LEDE, "3:20 PM", BODY,
                "2:45 PM", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:3:52 PM", "H2:3:20 PM", "H2:2:45 PM"]
    assert {"Key events", "Transit buses pulled from hilly routes"} <= {f.text for f in a.furniture}


def test_labels_in_capitals_ending_in_a_colon_over_lists_head_them():
    """A retained list's "CONTRACTED FOR 2026/27:", "RELEASED:", each over its bulleted names:
    headings, two or more such labels, none said twice (before, each was a paragraph
    introducing its list: dev 7 headings and 7 levels, none wrong); one "READ MORE:" alone
    stays text."""
    a = article(HEADLINE, LEDE, "CONTRACTED FOR 2026/27:", "- Tom Ashdown", "- Kieran Bellamy", "RELEASED:",
                "- Gareth Bowles (goalkeeper)", "- Ryan Tate (defender)", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:CONTRACTED FOR 2026/27", "H2:RELEASED"]
    b = article(HEADLINE, LEDE, BODY, "IN TODAY'S EDITION:", "- Ferry fares", "- A snow plan", BODY)
    assert not [k for k in kinds(b) if k.startswith("H")]


def test_a_calendars_dated_items_side_by_side_are_no_headings():
    """"Sept. 30 – Picture Day" over "Oct. 3 – No School ...": a calendar's items, never headings
    (dev 5 false headings out); a timeline's dated line alone over its entry still heads it."""
    a = article(HEADLINE, LEDE, "Upcoming Dates", "Sept. 30 – Picture Day", "Oct. 3 – No School (Staff Training Day)",
                "Oct. 8 – Walk and Roll to School Day", BODY)
    assert not [k for k in kinds(a) if k.startswith("H") and "–" in k]


def test_the_thirty_eighth_reviews_examples():
    """A review of the last rules found: a supermarket basket's ranked prices ("£128.40, Aldi")
    dropped as a shop's widget (only beside a button now); a marathon guide's "Key events" over
    its events dropped as a live page's box (a box of bare titles now needs its control below,
    or a title said again over the entries); a parish report's "Newsletter" section dropped as a
    sign-up box's label (only over a pitch or a form now); labels in capitals over lists made
    siblings of the capitals section holding them (its parts now); a live page's "Skip next
    section Kremlin: ..." dropped whole (only a time after it now); and a timeline's dated entry
    over its paragraph made text beside a dated one-liner."""
    basket = _review("thirtyeighth_r1_basket_ranking")
    assert not [f for f in basket.furniture if f.text.startswith("£")]
    guide = _review("thirtyeighth_r2_marathon_guide")
    assert not [f for f in guide.furniture if f.kind == "page control"]
    assert "H2:Newsletter" in _headings(_review("thirtyeighth_r3_parish_newsletter"))
    assert "H3:RELEASED" in _headings(_review("thirtyeighth_r4_retained_list_caps_sections"))
    assert _headings(_review("thirtyeighth_r5_dw_live_title"))[0].startswith("H2:Skip next section Kremlin")
    assert any(h.endswith("July 15 – Chief executive apologises") for h in _headings(_review("thirtyeighth_r6_timeline_oneliner")))


def test_a_price_by_its_button_and_a_newsletter_label_over_its_pitch_are_furniture():
    """"£159.00, Grayson's" over "Buy now" under a pick, and a sign-up box's bare "Newsletter" over
    its pitch ("..., every Friday."): the widgets' lines (the two together: dev 4 headings more
    right, 7 false ones out, 4 false lists out; holdout 3 false headings out), never a ranking's
    "£128.40, Aldi" nor a report's "Newsletter" section."""
    a = article(HEADLINE, LEDE, "Best smart air fryer", "£159.00, Grayson's", "Buy now", BODY, "Newsletter",
                "Get the week's best culture writing from the coast, every Friday.", "Sign up", BODY)
    assert {"£159.00, Grayson's", "Newsletter"} <= {f.text for f in a.furniture}
    b = article(HEADLINE, LEDE, "The basket cost, cheapest first:", "£128.40, Aldi", "£131.02, Lidl", BODY, "Newsletter",
                "The village newsletter will go to six issues a year from April, the council agreed.", BODY)
    assert not {"£128.40, Aldi", "Newsletter"} & {f.text for f in b.furniture}


def test_a_sign_up_boxs_title_over_its_pitch_and_email_field_is_furniture():
    """"Get The Broom Wagon Weekly" over its pitch and "Your email address" (dev 2 false headings
    out, holdout 4); a section's heading over a paragraph that names the inbox stays."""
    a = article(HEADLINE, LEDE, BODY, "Get The Broom Wagon Weekly",
                "The best racing, gear and long reads in your inbox every Friday. No spam, we promise.",
                "Your email address", "Sign me up")
    assert {"Get The Broom Wagon Weekly", "Your email address"} <= {f.text for f in a.furniture}
    assert not [k for k in kinds(a) if k.startswith("H")]
    b = article(HEADLINE, LEDE, "Scams to watch for", "Fraudsters send a link to your inbox every week, police said.",
                BODY)
    assert "H2:Scams to watch for" in kinds(b)


def test_a_wiki_pages_title_stands_over_its_source_line_or_tabs_and_its_controls_are_furniture():
    """A wiki's page copied whole: its menu and tabs over the first paragraph, its notes on the
    page and its "Main article:" pointers are the wiki's; the line right over its source line or
    its tabs is the title, whatever run of controls it stands in (dev 6 titles more right,
    holdout 8)."""
    a = article("Open main menu", "Wikipedia", "Search", "Tamarack Falls, Minnesota", "Language", "Watch", "Edit",
                "Tamarack Falls is a city in Pell County, Minnesota, on the Little Otter River north-west of Brainerd.",
                "History", "Main article: History of Pell County",
                "Tamarack Falls was platted in 1883 by a land company at a set of rapids on the river.", BODY)
    assert a.title == "Tamarack Falls, Minnesota"
    assert a.summary.startswith("Tamarack Falls is a city")
    assert {"Open main menu", "Language", "Edit", "Main article: History of Pell County"} <= {f.text for f in a.furniture}
    assert "H2:History" in kinds(a)
    b = article("Sahyadri Coachworks", "From Wikipedia, the free encyclopedia",
                "This article needs additional citations for verification. Please help improve this article. (March 2023)",
                "This article contains content that is written like an advertisement. (June 2024)",
                "Not to be confused with Sahyadri Motors, a dealer of buses in Nashik and beyond.",
                "Sahyadri Coachworks is an Indian maker of bus bodies based in Pune, founded in 1962 by two brothers.", BODY)
    assert b.title == "Sahyadri Coachworks" and b.summary.startswith("Sahyadri Coachworks is")
    assert {"This article needs additional citations for verification. Please help improve this article. (March 2023)",
            "Not to be confused with Sahyadri Motors, a dealer of buses in Nashik and beyond."} <= {f.text for f in b.furniture}
    # never on a page that is no wiki's
    c = article(HEADLINE, LEDE, "Discussion", BODY, "History", BODY)
    assert kinds(c) == ["H2:Discussion", "P", "H2:History", "P"]


def test_a_transcripts_questions_are_its_turns_not_an_faq():
    """A briefing's "Question: ..." over "Spokesperson: ...", and a question under a speaker's
    time-coded label, are a transcript's turns (dev 9 false questions out); an FAQ's own
    "Q1: ...?" over "A: ..." stays one."""
    briefing = article(HEADLINE, LEDE, "Questions and answers",
                       "Question:  Thank you.  On the ceasefire, you said the pause was violated.  Violated by whom?",
                       "Spokesperson:  The coordinator has not attributed the violations.",
                       "Question:  Are there any confirmed deaths from the cyclone?",
                       "Spokesperson:  The authorities have confirmed nine deaths so far.")
    assert not [s for s in briefing.sections if s.faq]
    timed = article(HEADLINE, LEDE, "Speaker 2 (01:14):", "Governor, did the board consider cutting today?",
                    "Amrita Solberg (01:23):", "The board considered the case for a cut and the case for holding.",
                    "Speaker 2 (01:39):", "So is May live?", "Amrita Solberg (01:41):", "Every meeting is live.",
                    "Speaker 3 (01:55):", "What is your message to a family waiting for a cut?",
                    "Amrita Solberg (02:10):", "Hold on, relief is coming.")
    assert not [s for s in timed.sections if s.faq]
    faq = article(HEADLINE, LEDE, "FAQ", "Q1: Are you a factory or a trading company?", "A: We are a factory.",
                  "Q2: Can I get a sample before ordering?", "A: Yes, samples ship in three days.")
    assert [q.question for s in faq.sections for q in s.faq] == ["Q1: Are you a factory or a trading company?",
                                                                "Q2: Can I get a sample before ordering?"]


def test_the_thirty_ninth_reviews_examples():
    """A review of this round's rules found (tests/fixtures/review/thirtyninth_*.txt): a
    childcare guide's numbered steps over lower-case notes made headings (flush-left points now
    need running text after them); films' "Oliver! (1968)" made text (a full stop only now); a
    gallery's headline with its photo count, a station's "WEATHER ALERT: ..." headline and a
    coalition's "Together With Refugees" dropped (a gallery's link now opens on "View" or
    "[PHOTOS]", an alert banner ends on its link, the sponsor's label is in capitals); a topic
    tag's "Simone Biles | Paris 2024", "Reporter Detained At Border ..." and "By Land, Sea, and
    Air" taken for the byline; a volunteer's "sign up ... weekly" read as a newsletter's pitch; a
    section straight over its own subsection made a sibling's child; a broadcaster's "Languages"
    over "Watch" read as a wiki's tabs, and a stub's "History" dropped as a wiki's control; and a
    council FAQ's "Question:" over "Answer:" read as a transcript's turns."""
    def review(name):
        return _review(f"thirtyninth_{name}")
    steps = review("r1_numbered_steps")
    assert not [h for h in _headings(steps) if h[3:4].isdigit()]
    assert {"H2:Oklahoma! (1955)", "H2:Oliver! (1968)", "H2:Hello, Dolly! (1969)"} <= set(_headings(review("r2_musicals")))
    assert review("r3_gallery_title2").title == "Grand Floral Parade draws 300,000 to Portland streets (38 photos)"
    assert "H2:Together With Refugees" in _headings(review("r3_together_with"))
    assert review("r3_weather_alert_headline").summary.startswith("WEATHER ALERT: Tornado warning")
    assert review("r4_pipe_tag").byline is None
    assert (review("r4_reporter").byline, review("r4_serial_by").byline) == ("By Tomás Herrera", "By Chidi Eze")
    assert review("r4_serial_by").title == "By Land, Sea, and Air"
    assert "H2:How you can help" in _headings(review("r5_newsletter"))
    assert _headings(review("r6_budget"))[3:6] == ["H2:Pensions", "H2:Housing Support", "H3:Housing associations welcome grant"]
    languages = review("r7_nav_languages")
    assert languages.title.startswith("Germany's far right") and languages.byline == "Jens Thurau"
    stub = review("r7_wiki_stub")
    assert stub.title == "Kareeberg Local Municipality" and "H2:History" in _headings(stub)
    assert sum(len(s.faq) for s in review("r8_faq").sections) == 4


def test_a_boxs_title_over_its_pitch_and_join_button_is_furniture():
    """Under the text, "Become a Patch Notes member" over its perks and "Join now" (on dev, 188 of
    192 such titles are the box's; dev 5 false headings out, holdout 4 out and one heading lost);
    an appeal's headline over its standfirst and "Donate now" at the page's top stays."""
    a = article(HEADLINE, LEDE, BODY, "Become a Patch Notes member",
                "Ad-free episodes, a monthly bonus show and our eternal gratitude.", "Join now", BODY)
    assert {"Become a Patch Notes member", "Join now"} <= {f.text for f in a.furniture}
    b = article("Bangladesh floods: families need help now", "Monsoon floods have swept through Sylhet and Sunamganj.",
                "Donate now", LEDE, BODY)
    assert b.title == "Bangladesh floods: families need help now"


def test_the_fortieth_reviews_examples():
    """A review of the last rules found (tests/fixtures/review/fortieth_*.txt): an open range's
    "Mikel Arteta, 2019–" made text by the dash rule; a list of voice commands under "... these
    commands:" ("Play episode", "Rewind 10 seconds") dropped as a player's buttons; a relief
    guide's "Volunteer" and an explainer's "Join" dropped with their paragraphs as boxes over a
    bare "Donate" or "Subscribe" heading their own sections; and "US" and "Us" read as section
    words (those words now only keep a line from being a dateline, and "us" is none of them)."""
    def review(name):
        return _review(f"fortieth_{name}")
    assert "H2:Mikel Arteta, 2019–" in _headings(review("r1_open_range_heading"))
    commands = review("r2_voice_commands")
    assert not [f for f in commands.furniture if f.text in ("Play episode", "Pause episode", "Skip forward 30 seconds",
                                                               "Rewind 10 seconds")]
    assert "H2:Volunteer" in _headings(review("r3_flood_how_to_help"))
    assert "H2:Join" in _headings(review("r3_youtube_buttons"))
    assert review("r4_title_us_review").title == "Us"
    assert "H2:US" not in _headings(review("r4_us_kicker_roundup"))


def test_the_forty_first_reviews_examples():
    """A review of the last rules found (tests/fixtures/review/fortyfirst_*.txt): column labels
    ("The Big Picture | ...") and a headline's "... Courtesy of City Hall, ..." dropped as
    captions; a wire story's last paragraph under "(PTI)" dropped; a jobs piece's "Court
    Reporter" heading and a TV review's programme, "Foreign Correspondent", read as bylines; a
    debate's "For" and "Against" over paragraphs of argument made text for coming twice;
    "Download Festival" and "Visit Belém Tower" dropped as buttons; and a feature's quoted
    subheads ("Why did nobody check on me?") read as dialogue."""
    def review(name):
        return _review(f"fortyfirst_{name}")
    assert review("r1_big_picture_title").title.startswith("The Big Picture | Why India")
    assert review("r1_courtesy_headline").title.startswith("Free school meals for every child? Courtesy of")
    brief = review("r1_pti_brief")
    assert not brief.furniture and all_blocks(brief)[-1].text.endswith("ticket counters. (PTI)")
    assert "H2:Court Reporter" in _headings(review("r2_jobs_headings"))
    assert review("r2_tv_review").byline == "By Craig Mathieson"
    assert _headings(review("r3_for_against_debate")).count("H3:For") == 2
    assert "H2:Download Festival" in _headings(review("r5_download_festival"))
    assert "H2:Visit Belém Tower" in _headings(review("r5_visit_heading"))
    assert "H2:\"Why did nobody check on me?\"" in _headings(review("r8_quoted_subheads"))


def test_the_forty_second_reviews_examples():
    """A review of the last rules found (tests/fixtures/review/fortysecond_*.txt): an update
    saying a missing boy was found put under the old appeal as the summary; a standfirst
    between two dates folded into them; one stacked "Gala Results" over "Swimming" turning a
    newsletter's nesting over; a one-off "Tip" or "Asthma" made the parent of headings that
    come again; a box of lots, each over only its price, read as sections; a buyer's guide's
    steps ("Get pre-approved", "Book a viewing") and its worked repayments dropped as a
    listing's buttons; a chart's "Popular now in South Africa" dropped as a rail; and a film
    review's "Story: Nag Ashwin" taken as its byline."""
    def review(name):
        return _review(f"fortysecond_{name}")
    assert review("r1_missing_boy_found").summary.startswith("UPDATE 5:40 p.m.: Police say Ayanda Mkhize has been found")
    assert any(b.text.startswith("Load shedding: Stage 4") for b in all_blocks(review("r2_standfirst_between_dates")))
    assert [h for h in _headings(review("r3_school_newsletter")) if h.startswith("H2")] == [
        "H2:SPORTS NEWS", "H2:ACADEMIC NEWS", "H2:NOTICES"]
    assert _headings(review("r4_recipes_tip"))[3:7] == ["H2:Lemon Drizzle Cake", "H3:Ingredients", "H3:Tip", "H3:Method"]
    assert "H2:Asthma" not in _headings(review("r4_medicine_caution"))
    assert not [h for h in _headings(review("r5_auction_results_box")) if "Lot" in h]
    steps = review("r6_homebuying_steps")
    assert {"H2:Get pre-approved", "H2:Contact the agent", "H2:Book a viewing"} <= set(_headings(steps))
    assert not steps.furniture and not review("r6_repo_rate_repayments").furniture
    assert "H2:Popular now in South Africa" in _headings(review("r6_popular_now_chart"))
    film = review("r7_film_review")
    assert film.byline is None and film.title.startswith("Kalki 2898 AD review")


def test_the_forty_third_reviews_examples():
    """A review of this round's rules found (tests/fixtures/review/fortythird_*.txt): an
    obituary's headline with its dates after a middle dot dropped as a site's facts; a headline
    opening on "Shop" over its "Share" and "Save" buttons, a list of things to do that lost its
    bullets, and a heading over its subheading, all dropped as buttons side by side; a
    newsletter's "⭐ Spotlight" and a lede's "3 out of 10, or nearly a third, ..." read as
    ratings; an agency's backtick apostrophe and "E=mc²" read as code; a caption's or a kicker's
    names taken for the authors over the writer's own byline; and a standfirst naming a hospital
    shown with the byline as the authors' affiliation."""
    def review(name):
        return _review(f"fortythird_{name}")
    assert review("r1_obituary_dates").title == "Dame Maggie Smith · 1934–2024"
    shop = review("r2_share_save")
    assert shop.title == "Shop prices rise at fastest rate" and [f.text for f in shop.furniture] == ["Share", "Save"]
    bath = review("r2_things_to_do")
    assert not bath.furniture and any(b.text == "Visit the Roman Baths early" for b in all_blocks(bath))
    assert _headings(review("r2_heading_over_subheading"))[:2] == [
        "H2:Support for households", "H3:Apply for the Warm Home Discount"]
    assert "H2:⭐ Spotlight" in _headings(review("r3_star_emoji_heading"))
    assert review("r3_statistic_lede").summary.startswith("3 out of 10, or nearly a third")
    assert _headings(review("r4_backtick_apostrophe")) == ["H2:Europe`s share grows",
                                                         "H2:Government`s export support programme"]
    assert "H2:What E=mc² actually says" in _headings(review("r4_emc2_heading"))
    assert review("r5_caption_names").byline == "By Sean Coughlan"
    assert review("r5_places_kicker").byline == "By Lewis Adams"
    deck = review("r5_affiliation_deck")
    assert deck.summary.startswith("Leaked board papers show") and deck.summary not in deck.stamps


def test_the_forty_fourth_reviews_examples_keep_their_lines():
    """A review of the last round's rules found (tests/fixtures/review/fortyfourth_*.txt), each
    losing real lines: a policy page's "Privacy" and "Cookies" over their subheadings, a venue's
    "Accessibility" over its list, a loan's "Terms" and a bakery's last "Cookies" dropped as a
    footer's links; a table's last row ("Contents | £123 | £136", "Read | 6.45pm | 15 min") cut
    as a link to another story; a baby-names story's "First name" heading, a passport guide's
    boxes, an FAQ's "Your email?" and a quoted error dropped as a sign-up form; a headline
    "Contacts: how to keep ..." and a standfirst "Press enquiries: why ..." made a press
    office's contact; "Analysis" over a plain first sentence making it the headline; and a
    recipe's "Key event" heading dropped as a live post's mark."""
    def review(name):
        return _review(f"fortyfourth_{name}")
    assert _headings(review("r1_privacy_notice"))[:4] == ["H2:Privacy", "H3:Who we are", "H3:What we collect", "H2:Cookies"]
    assert "H2:Accessibility" in _headings(review("r1_venue_accessibility"))
    assert "H2:Terms" in _headings(review("r1_loan_terms"))
    for name in ("r1_bakery_menu", "r2_contents_row", "r2_reading_schedule", "r3_baby_names", "r3_passport_form",
                 "r3_email_faq", "r6_recipe_key_event"):
        assert not review(name).furniture, name
    for name, last in (("r2_contents_row", ("Contents", "£123", "£136")), ("r2_reading_schedule", ("Read", "6.45pm", "15 min"))):
        assert [b for b in all_blocks(review(name)) if isinstance(b, Table)][0].rows[-1] == last
    assert _headings(review("r3_baby_names")) == ["H2:First name", "H2:Last name"]
    assert "H2:Your email?" in _headings(review("r3_email_faq"))
    contacts = review("r4_contacts_headline")
    assert contacts.title.startswith("Contacts: how to keep") and not contacts.stamps
    press = review("r4_press_enquiries_heading")
    assert list(press.stamps) == ["Local democracy reporter"]
    assert any(b.text.startswith("Press enquiries: why") for b in all_blocks(press) if hasattr(b, "text"))
    analysis = review("r5_analysis_label")
    assert analysis.summary.startswith("The government's plan") and [f.text for f in analysis.furniture] == ["Analysis"]
    assert "H2:Key event" in _headings(review("r6_recipe_key_event"))


def test_a_writers_name_and_a_news_agency_after_a_comma_is_the_byline():
    a = article(HEADLINE, "Dylan Mercer, The Canadian Press", LEDE, BODY)
    assert (a.title, a.byline) == (HEADLINE, "Dylan Mercer, The Canadian Press")
    assert article(HEADLINE, LEDE, "Platte Valley Press Association", BODY).byline is None


def test_a_text_by_byline_over_the_dateline_is_the_byline():
    a = article(HEADLINE, "Updated: 18/11/2025 - 17:52 CET", "Text by Katarina Vuletic", "SOLVIK", LEDE, BODY)
    assert (a.byline, a.dateline) == ("Text by Katarina Vuletic", "SOLVIK")


def test_a_rails_label_over_its_headlines_at_the_foot_is_furniture_but_a_sign_off_is_not():
    rail = article(HEADLINE, LEDE, BODY, "Share", "More Coverage", "Lifeguard numbers slashed on three Bayside beaches",
                   "Fury as council approves eight-storey tower on Marine Parade",
                   "© The Bayside Advocate 2026. All rights reserved.")
    assert [f.text for f in rail.furniture if f.kind == "link to another story"] == [
        "More Coverage", "Lifeguard numbers slashed on three Bayside beaches",
        "Fury as council approves eight-storey tower on Marine Parade"]
    letter = article(HEADLINE, LEDE, BODY, "Sincerely,", "Dr. Anil Mehra, Health Officer, Alder Bay County Health Department",
                     "Teresa Lindqvist, Principal, Cedar Hollow Middle School", "© Alder Bay County 2026. All rights reserved.")
    assert not [f for f in letter.furniture if f.kind == "link to another story"]


def test_a_key_events_box_of_bare_titles_over_the_newest_entry_is_furniture_but_a_programme_is_not():
    live = article(HEADLINE, LEDE, "Key events", "Talks to resume Thursday, mediator says",
                   "Governors urge both sides back to table", "Strike begins at midnight",
                   "4:52 p.m.", BODY, "3:10 p.m.", BODY, "12:01 a.m.", BODY)
    assert [f.text for f in live.furniture] == ["Key events", "Talks to resume Thursday, mediator says",
                                                "Governors urge both sides back to table", "Strike begins at midnight"]
    day = article(HEADLINE, LEDE, "Key events", "Wheelchair races leave Riverside Park", "Elite women's field sets off",
                  "Mass start in waves from the quay", "8:15 a.m.", BODY, "8:30 a.m.", BODY, "8:45 a.m.", BODY)
    assert not day.furniture


def test_the_forty_fifth_reviews_examples():
    """A review of this session's rules found (tests/fixtures/review/fortyfifth_*.txt): a bakery's
    "Cookies" over its flavours at the page's foot and a stadium guide's "Accessibility" over its
    lines before an advertisement dropped as a footer's links (a footer now runs to the foot among
    the page's furniture); a preview table's last row "Watch | Sky Sports ..." cut as a link (only
    a link's label, "Also Read", now); a baby-names story's "First name" under a newsletter prompt,
    and a voting guide's "Register" and "Your name" dropped as a form (a button or an email field
    now, never "Register"); the headlines "Inquiries: Covid, Grenfell ..." and "Contact: Inside
    Rugby's Concussion Crisis" taken as contact lines (two or three names now); a guide's "Key
    event" over "20:50 Women's 100m final" dropped (a glued time or a stamp alone now); a headline
    "... in new images courtesy of James Webb" dropped as a credit; "Fig 1: ..." over its table
    made a heading; a recipe's "Serves: four to six" over its ingredients made one; and a how-to's
    steps "3. Apply online" over their sub-steps made sections."""
    def review(name):
        return _review(f"fortyfifth_{name}")
    for name in ("r01_footer_cookies_bakery", "r02_footer_accessibility_before_ad", "r05_signup_register_your_name",
                 "r08_key_event_programme", "r09_credit_images_courtesy_headline", "r10_series_fig_caption_over_table",
                 "r11_label_serves_over_ingredients", "r12_restarted_nested_steps"):
        a = review(name)
        assert not [f for f in a.furniture if f.kind != "advertisement"], name
    assert [b for b in all_blocks(review("r03_table_watch_row")) if isinstance(b, Table)][0].rows[-1][0] == "Watch"
    assert "H2:First name" in _headings(review("r04_signup_first_name_heading"))
    assert {"H2:Register", "H2:Your name"} <= set(_headings(review("r05_signup_register_your_name")))
    assert review("r06_contact_inquiries_headline").title.startswith("Inquiries: Covid, Grenfell")
    assert review("r07_contact_titlecase_headline").title == "Contact: Inside Rugby's Concussion Crisis"
    assert review("r09_credit_images_courtesy_headline").title.endswith("images courtesy of James Webb")
    for name in ("r10_series_fig_caption_over_table", "r11_label_serves_over_ingredients", "r12_restarted_nested_steps"):
        assert not _headings(review(name)), name


def test_a_key_points_box_over_its_points_is_a_heading_but_another_label_over_a_list_introduces_it():
    a = article(HEADLINE, LEDE, "Key points:", "- Rents can rise once a year", "- Bond claims must be settled in 14 days", BODY)
    assert kinds(a)[:2] == ["H2:Key points", "L2"]
    b = article(HEADLINE, LEDE, "Pros:", "- Long battery life", "- Bright screen", BODY)
    assert "H2:Pros" not in kinds(b)


def test_an_author_boxs_label_over_its_bio_at_the_foot_is_left_out_with_it():
    a = article(HEADLINE, "By Brodie Kettering", LEDE, BODY, "About the author",
                "Brodie Kettering covers general news and the courts for The Goldfields Standard.")
    assert [(f.kind, f.text) for f in a.furniture][-2:] == [
        ("author box", "About the author"), ("author box", "Brodie Kettering covers general news and the courts for The Goldfields Standard.")]
    report = article(HEADLINE, LEDE, BODY, "About the authors", "Dr Eleanor Marsh is head of local economies at the institute.")
    assert "H2:About the authors" in kinds(report)


def test_a_broadcasters_caption_under_a_bare_agency_credit_is_furniture():
    caption = "Shoppers queue outside a bakery in Leeds on the first cold morning of the year"
    a = article(HEADLINE, "Getty Images", caption, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert [(f.kind, f.text) for f in a.furniture] == [("photo credit or caption", "Getty Images"),
                                                       ("photo credit or caption", caption)]
    # a lede under the credit ends in a full stop, and a heading is no caption: both stay
    a = article(HEADLINE, "Getty Images", LEDE, BODY, "Getty Images", "What Happens Next", BODY)
    assert a.summary == LEDE and kinds(a) == ["P", "H2:What Happens Next", "P"]



def test_the_outlet_between_the_byline_and_the_date_is_no_dateline_when_the_site_bears_its_name():
    a = article("The Harlan Falls Gazette", "News", "Sports", "Business", "Opinion",
                "'We're not going anywhere': Strike at Ridgeway Axle plant enters third week", LEDE,
                "Dana Whitcomb", "Harlan Falls Gazette", "Published 5:01 a.m. ET Oct. 26, 2024", "", BODY, BODY)
    assert a.byline == "Dana Whitcomb" and a.dateline is None


def test_a_caption_under_a_named_credit_is_furniture_and_a_heading_under_one_stays():
    caption = "Gwyneth and Alun Price on their wedding day at St Tydfil's Church in April 1985"
    a = article(HEADLINE, "By Rhian Morgan", "Thursday 3 April 2025", "Photo: Courtesy of the Price family", caption, LEDE,
                "Next Steps", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE)
    assert [(f.kind, f.text) for f in a.furniture] == [("photo credit or caption", "Photo: Courtesy of the Price family"),
                                                       ("photo credit or caption", caption)]
    # right under the headline, the line under a picture's credit may be the standfirst
    deck = "Residents say the new charges for unadopted roads are hidden costs nobody warned them about"
    assert article(HEADLINE, "Photo: Jane Doe", deck, "", LEDE, BODY).summary == deck
    # set apart by a blank line, the line under a credit is the next thing on the page: a heading
    heading = "Councillors clash over plans for the new bypass route"
    b = article(HEADLINE, "By Jane Smith", "4 March 2026", "", LEDE, "", BODY, "", "Photo: Ansel Marek", "", heading, "", BODY)
    assert f"H2:{heading}" in kinds(b)
    # a paragraph over a credit whose caption stands under it is text
    para = "Members of the public filled the gallery for the final debate."
    c = article(HEADLINE, LEDE, "", para, "", "Photo: Jane Doe", "Protesters gather outside the town hall before the vote on Tuesday",
                "", BODY)
    assert para not in [f.text for f in c.furniture]
    for heading in ("What to see in the sky over the weekend ahead", '"The gap is not as big as people think"',
                    "Step 4 – Set the doorbell up again"):
        b = article(HEADLINE, LEDE, BODY, "Photo: Ansel Marek", heading, BODY)
        assert kinds(b)[-2:] == [f"H2:{heading}", "P"], heading


@pytest.mark.parametrize("label, items, kind", [
    ("KEY DEVELOPMENTS", ("1. The council approved the budget.", "2. Taxes rise by 3%."), "OL2"),
    ("WARNINGS IN FORCE", ("- Flood watch for the Coorah River", "- Wind warning for the coast"), "L2"),
])
def test_a_capitals_label_over_a_list_heads_it_and_is_no_dateline(label, items, kind):
    a = article(HEADLINE, label, *items, LEDE, BODY)
    assert a.dateline is None and kinds(a) == [f"H2:{label}", kind, "P", "P"]
    assert article(HEADLINE, "HARROWGATE", LEDE, BODY).dateline == "HARROWGATE"


def test_a_section_opening_on_its_subsection_is_borne_out_by_one_word_headings_after_it():
    # one-word headings have no case style to tell by: they may be the opener's siblings
    a = article(HEADLINE, LEDE, "Starting Line-Up", "Goalkeeper and defence", BODY, "Midfield", BODY,
                "Substitutes", BODY, "Manager", BODY)
    assert kinds(a)[:3] == ["H2:Starting Line-Up", "H3:Goalkeeper and defence", "P"]


@pytest.mark.parametrize("line", ["By Nadia Farouk · 12 February 2025 · 4 min read",
                                  "By Nadia Farouk | 12 February 2025 | Reading time: 4 minutes",
                                  "By Nadia Farouk / 12 February 2025",
                                  "By Nadia Farouk·12 February 2025·4 min read"])  # middle dots unspaced, as copied
def test_a_byline_with_its_date_and_read_time_on_one_line_is_the_byline(line):
    a = article(HEADLINE, line, LEDE, BODY)
    assert (a.title, a.byline, a.summary, a.furniture) == (HEADLINE, line, LEDE, ())


@pytest.mark.parametrize("top", [("NEWS RELEASE", "4 March 2025", HEADLINE), ("Press release", HEADLINE, "By Jo Lee"),
                                 ("Westmoor Council", "Media releases", "Tuesday 8 April 2025", HEADLINE)])
def test_a_pages_kind_over_a_release_is_furniture_never_its_byline(top):
    # 94 of 95 such dev lines furniture, the other metadata
    a = article(*top, LEDE, "Next Steps", BODY)
    assert (a.title, a.summary) == (HEADLINE, LEDE) and a.byline in (None, "By Jo Lee")
    assert ("page control", top[1] if top[0] == "Westmoor Council" else top[0]) in [(f.kind, f.text) for f in a.furniture]



def test_a_live_pages_stamp_under_a_table_heads_its_entry_as_the_others_do():
    lines = [HEADLINE, LEDE,
             "4.40pm AEST", "Shares close lower", "The index fell 0.4% by the close, led by the banks.",
             "3.30pm AEST", "| Measure | Today | Yesterday |", "|---|---|---|", "| Cash rate | 4.10% | 4.10% |",
             "| Dollar | 64.8c | 64.3c |",
             "2.45pm AEST", "Treasurer: 'We are patient'", "The treasurer said the decision was expected.",
             "2.30pm AEST", "Rates on hold", "The board left the cash rate at 4.10%, as most economists had forecast.",
             "11.05am AEST", "What markets expect", "Futures price a small chance of a cut, down from a third last week.",
             "9.58am AEST", "Good morning and welcome to our coverage of the decision."]
    # the stamp's style is the evidence: the page's other entries are headed by stamps like it
    assert "H2:2.45pm AEST" in kinds(article(*lines))


@pytest.mark.parametrize("score", ["7.6", "15/20", "Rating: 3 out of 5 stars"])
def test_a_reviews_score_over_the_byline_is_never_its_headline(score):
    standfirst = "The Leeds five-piece swap post-punk clatter for pedal steel on a third album that sounds like a band exhaling"
    a = article("ALBUM REVIEWS", "Paper Kites – Harbour Songs", standfirst, score, "By Rory Dale", "March 3, 2025", LEDE, BODY)
    assert (a.title, a.summary) == ("Paper Kites – Harbour Songs", standfirst)
    assert [f.text for f in a.furniture] == ["ALBUM REVIEWS"]  # the score stays, as text


@pytest.mark.parametrize("name", ["01_fca_site_not_authorised", "02_ofcom_podcast_ruling", "04_nhs_complaints_tell_us_about",
                                  "05_parish_clerk_send_cv", "06_bus_app_arrival_data_delayed", "07_broker_prices_delayed",
                                  "10_results_release_dateline_over_highlights"])
def test_the_forty_sixth_reviews_examples_keep_their_lines(name):
    """A review of this session's small print, prompts, delay notices and dateline rules: a story's
    finding about advice, a complaints page's own instructions, a job's how-to-apply line, a
    transport story's delayed data and a results release's dateline over its highlights
    (tests/fixtures/review/fortysixth_*.txt): nothing is left out."""
    a = _review(f"fortysixth_{name}")
    assert not a.furniture
    if name.startswith("10_"):
        assert a.dateline == "EDINBURGH, 27 February 2025" and not a.sections


def test_the_forty_sixth_reviews_headings_stay_headings():
    assert _headings(_review("fortysixth_03_council_consultation_have_your_say")) == [
        "H2:What happens next", "H2:Send us your feedback"]  # a consultation's own call and rules stay text
    assert not _review("fortysixth_03_council_consultation_have_your_say").furniture
    assert _headings(_review("fortysixth_08_getty_credit_over_subheading")) == [
        "H2:What it means for mortgage holders", "H2:What it means for savers"]  # a subheading under a credit
    assert _headings(_review("fortysixth_09_recipe_shutterstock_over_ingredients_heading")) == [
        "H2:For the sponge and topping", "H2:For the drizzle", "H2:Method"]
    assert _headings(_review("fortysixth_11_place_caption_over_heading")) == [
        "H2:Where to see the ospreys", "H2:Background", "H2:Tickets"]  # a place caption is no section's opener
    assert _headings(_review("fortysixth_12_name_caption_over_heading")) == [
        "H2:How to ease your symptoms", "H2:Symptoms", "H2:Forecast"]


def test_a_trending_rail_over_the_headline_stops_at_a_name_and_outlet_byline():
    a = article("The Harbour Ledger", "City", "India", "World", "Business", "Sports", "e-Paper", "Trending", "IPL 2025",
                "Monsoon Tracker", "Gold Rate Today", "India News", HEADLINE, "Aparna Rao | TNN",
                "Updated: Jun 3, 2025, 19:06 IST", LEDE, BODY)
    assert (a.title, a.byline, a.summary) == (HEADLINE, "Aparna Rao | TNN", LEDE)


@pytest.mark.parametrize("name", ["01_two_factor_code_phone", "02_council_tax_inbox", "03_club_takeover_scotland",
                                  "04_funeral_notice_charity", "05_letters_posting_dates", "06_group_not_affiliated",
                                  "07_influencer_rules", "08_council_survey_park", "09_travel_by_car_train",
                                  "10_ljifund_story", "12_ombudsman_free_to_read"])
def test_the_forty_seventh_reviews_examples_keep_their_lines(name):
    """A review of this session's later rules (tests/fixtures/review/fortyseventh_*.txt): a how-to's
    code sent to your phone, a bill in your inbox, a shell company registered in Scotland, a
    funeral notice's charity, Royal Mail's posting dates, a group not affiliated with the
    council, influencers' commissions, a council's survey, travel times by car, the Local
    Journalism Initiative as news and a report free to read: nothing is left out."""
    assert not _review(f"fortyseventh_{name}").furniture


def test_the_forty_seventh_reviews_headline_over_its_release_label_stays_the_title():
    a = _review("fortyseventh_11_govuk_press_release")
    assert a.title == "New funding to keep rural bus routes running"
    assert [(f.kind, f.text) for f in a.furniture] == [("page control", "Press release")]


def test_sections_in_capitals_from_the_first_hold_the_headings_in_lower_case():
    # A harvest report: its sections in capitals, each with its own text, over crops named
    # in one word, in Title Case or in sentence case; no two capitals stacked to say it.
    a = article(HEADLINE, LEDE, "CEREALS", BODY, "Wheat", BODY, "Barley", BODY, "Oats and Other Cereals", BODY,
                "OILSEEDS AND PULSES", BODY, "Winter rapeseed", BODY, "ABOUT THESE ESTIMATES", BODY)
    assert [(s.level, s.heading) for s in a.sections] == [
        (2, "CEREALS"), (3, "Wheat"), (3, "Barley"), (3, "Oats and Other Cereals"),
        (2, "OILSEEDS AND PULSES"), (3, "Winter rapeseed"), (2, "ABOUT THESE ESTIMATES")]


def test_capitals_over_capitals_keep_their_own_nesting():
    a = article(HEADLINE, LEDE, "THE SQUAD", "GOALTENDERS", BODY, "DEFENCEMEN", BODY,
                "Analysis: three questions for the coach", BODY, "Who plays in goal?", BODY)
    assert [s.level for s in a.sections][:3] == [2, 3, 3]


def test_the_sections_before_a_live_pages_updates_nest_by_their_own_styles():
    """The hours nest under "LIVE UPDATES"; the box of highlights over it still holds its own parts."""
    a = article(HEADLINE, LEDE, "", "KEY HIGHLIGHTS", "", "For households", BODY, "", "For businesses", BODY, "",
                "LIVE UPDATES", "", "5.52pm", BODY, "4.38pm", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:KEY HIGHLIGHTS", "H3:For households", "H3:For businesses", "H2:LIVE UPDATES", "H3:5.52pm", "H3:4.38pm"]


def test_titles_in_capitals_are_sections_never_subsections_of_the_opening_style():
    # A page opening on a heading outside its sections ("A message from the Principal"), then
    # titles in capitals over sentence-case parts: the capitals are the sections.
    a = article(HEADLINE, LEDE, "A message from the Principal", BODY, "ABOUT THE SCHOOL", BODY,
                "THE ROLE", "Responsibilities", BODY, "Person specification", BODY, "THE PACKAGE", BODY,
                "HOW TO APPLY", BODY, "Key dates", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:A message from the Principal", "H2:ABOUT THE SCHOOL", "H2:THE ROLE", "H3:Responsibilities",
        "H3:Person specification", "H2:THE PACKAGE", "H2:HOW TO APPLY", "H3:Key dates"]
    # One-word labels in capitals ("GOALS", "BEST") stay the parts of a section in another style.
    b = article(HEADLINE, LEDE, "Three things we learned", BODY, "Scores", BODY, "GOALS", BODY, "BEST", BODY,
                "INJURIES", BODY, "Next round", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == [
        "H2:Three things we learned", "H2:Scores", "H3:GOALS", "H3:BEST", "H3:INJURIES", "H2:Next round"]


def test_a_readers_name_and_place_under_their_letter_signs_it():
    letter = "I signed a balloon payment car deal in 2020 and cannot afford the last payment. What are my options?"
    a = article(HEADLINE, LEDE, "Your questions", letter, "Pieter, Bloemhoek",
                "You have four realistic options, and you need to act now rather than in February.")
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Your questions"]
    assert "Pieter, Bloemhoek" in [b.text for s in a.sections for b in s.blocks if hasattr(b, "text")]
    # A guide's entry named so, under text that asks nothing, stays a heading.
    b = article(HEADLINE, LEDE, "Where to eat", BODY, "Pizzeria Marelli, Chiaia", BODY, "Forno Vesuviano, Vomero", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == [
        "H2:Where to eat", "H2:Pizzeria Marelli, Chiaia", "H2:Forno Vesuviano, Vomero"]


def test_a_letters_greeting_is_never_the_summary():
    for greeting in ("Dear friends,", "Hello, Lakeside families!", "Kia ora koutou e te whānau,"):
        a = article("Annual report 2024", "LETTER FROM OUR CHAIR", greeting,
                    "When I wrote to you last year, I said we expected the need for food in our region to keep climbing.",
                    "Our programmes", BODY)
        assert a.summary.startswith("When I wrote to you last year"), greeting


def test_a_live_entrys_writer_named_under_its_stamp_is_its_byline():
    entry = "The council has just told us that the rest centre at the leisure centre is now full."
    a = article(HEADLINE, LEDE, "14:40 GMT", "Rest centre at leisure centre full", "Gareth Moss", entry,
                "13:05 GMT", "Tom Hurley", "Reporting from Ashcombe", entry, "11:30 GMT", "Soldiers on standby",
                "Leah Nguyen in Wirrabin", entry)
    assert [(f.kind, f.text) for f in a.furniture] == [
        ("entry byline", "Gareth Moss"), ("entry byline", "Tom Hurley"), ("entry byline", "Reporting from Ashcombe"),
        ("entry byline", "Leah Nguyen in Wirrabin")]
    assert not [k for k in kinds(a) if k in ("H2:Gareth Moss", "H3:Gareth Moss", "H2:Tom Hurley")]
    over = article(HEADLINE, LEDE, "Oskar Lindgren", "11:20 GMT", entry, "Danielle Achebe", "10:47 GMT", entry,
                   "Oskar Lindgren", "09:58 GMT", entry)  # over the entry's bare time
    assert [f.kind for f in over.furniture] == ["entry byline"] * 3
    glued = article(HEADLINE, LEDE, "11:40Network operator says repairs will take days", "Callum Beaton", entry,
                    "10:55Road closed after lorry blown over", "Fiona Ure", entry, "09:30Gust of 92mph recorded",
                    "Callum Beaton", entry)  # an entry's time run onto its title
    assert [f.kind for f in glued.furniture] == ["entry byline"] * 3
    thread = article(HEADLINE, LEDE, "Des Pollard", "4 Mar 2026 11:02 a.m.", entry, "Marguerite Oyelaran",
                     "4 Mar 2026 1:17 p.m.", entry, "Des Pollard", "4 Mar 2026 2:05 p.m.", entry)  # a post's header
    assert not [f for f in thread.furniture if f.kind == "entry byline"]
    # A festival's stages under its days, over their acts, are its sections; a label in capitals heads an entry.
    b = article(HEADLINE, LEDE, "14:40 GMT", "Main Stage", "- 21:45 The Hollow Pines", "13:05 GMT", "Main Stage",
                "- 20:00 The Mavis Trio", "11:30 GMT", "MARKET REACTION", entry)
    assert not [f for f in b.furniture if f.kind == "entry byline"]


def test_a_note_of_who_made_the_story_is_furniture():
    for note in ("This story was produced by the Local Democracy Reporting Service.",
                 "This article was produced in partnership with the Carrow Valley Gazette.",
                 "This story was supported by the Northern Journalism Fund."):
        a = article(HEADLINE, LEDE, BODY, note)
        assert ("copyright", note) in [(f.kind, f.text) for f in a.furniture], note
    kept = article(HEADLINE, LEDE, BODY, "This story was told to me by my grandmother, who heard it in 1950.")
    assert not kept.furniture


def test_a_live_pages_auto_refresh_switch_is_a_page_control():
    live = article(HEADLINE, LEDE, "Auto-refresh", "11:48", BODY, "11:20", BODY, "10:52", BODY)
    assert ("page control", "Auto-refresh") in [(f.kind, f.text) for f in live.furniture]
    review = article(HEADLINE, LEDE, "Sidebar", BODY, "Auto-refresh", BODY, "Sync", BODY)  # the feature's section
    assert "H2:Auto-refresh" in kinds(review)


@pytest.mark.parametrize("line", ["Did you find this useful?", "Was this update helpful? Yes No",
                                  "Is this page useful? Maybe Yes this page is useful No this page is not useful"])
def test_a_feedback_prompts_question_and_its_answers_are_a_page_control(line):
    assert furniture_kind(line) == "page control"


def test_a_documents_running_header_under_each_page_number_is_furniture_not_its_title():
    """Minutes copied from their pages: the header that opens the text comes again under
    "Page 1 of 2"; it is each page's, and the minutes' own title is the line under it."""
    title = "Minutes of the Regular Meeting of the Wexcombe District Board of Health"
    text = "\n".join(["Wexcombe District Health Unit", "Board of Health – Minutes – April 9, 2025", title,
                      "Held Wednesday, April 9, 2025, at 1:30 p.m., Board Room, 120 Lansing Street.",
                      "Call to Order", BODY, "Page 1 of 2", "Wexcombe District Health Unit",
                      "Board of Health – Minutes – April 9, 2025", "Finance report", BODY, "Page 2 of 2"])
    a = parse(text)
    assert a.title == title
    assert not [k for k in kinds(a) if "Wexcombe District Health Unit" in k or "Minutes – April" in k]
    assert [n.line for n in notes(text) if n.message == "dropped page control: Board of Health – Minutes – April 9, 2025"] \
        == [2, 9]


def test_a_headline_or_byline_said_again_under_a_page_number_is_no_running_header():
    """One line said again under "Page 1 of 2" (a web article's headline, its byline) is no
    running header: the headline stays the title, the byline the byline."""
    a = article(HEADLINE, "By Jane Smith", LEDE, BODY, "Page 1 of 2", HEADLINE, BODY, "Page 2 of 2")
    assert (a.title, a.byline, a.summary) == (HEADLINE, "By Jane Smith", LEDE)


def test_a_live_pages_invitation_that_tells_the_news_is_its_standfirst():
    """At the top of a live page, "Follow our live coverage as <the news>." is the standfirst
    (before, left out as a newsletter prompt, and the first time stamp became the summary); at
    the foot, "Follow our live coverage as the final seats declare" stays out."""
    for standfirst in ("Follow our live coverage as the state weather bureau tracks the strongest storm to hit the "
                       "Visayas this year.", "Follow our live coverage of the autumn-winter shows at the Alcântara "
                       "docks, where twelve houses present today."):
        live = article(HEADLINE, "Updated 4:35 PM, October 22, 2025", standfirst, "4:30 p.m.", BODY, "3:55 p.m.", BODY,
                       "3:10 p.m.", BODY)
        assert (live.summary, live.furniture) == (standfirst, ())
    foot = article(HEADLINE, LEDE, BODY, "Follow our live coverage as the final seats declare")
    assert [f.text for f in foot.furniture] == ["Follow our live coverage as the final seats declare"]
    app = "Follow our live coverage from the count in Leeds on our app, available on iOS and Android."
    pitch = article(HEADLINE, "Updated 4:35 PM, October 22, 2025", app, "4:30 p.m.", BODY, "3:55 p.m.", BODY)
    assert [f.text for f in pitch.furniture] == [app]


def test_a_place_over_the_headline_again_is_the_dateline_though_sections_are_in_capitals():
    """"PORT ELLERY" under the date, over the headline said again, then the lede: the dateline,
    even where the sections' headings stand in capitals ("THE TIMETABLE")."""
    a = article(HEADLINE, "By Priya Castellanos", "Wednesday, 18 June 2025, 7:02 am", "PORT ELLERY", HEADLINE, LEDE, BODY,
                "THE TIMETABLE", BODY, "THE DISPUTE", BODY)
    assert (a.dateline, a.summary) == ("PORT ELLERY", LEDE)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:THE TIMETABLE", "H2:THE DISPUTE"]


def test_a_release_note_dates_the_release_only_with_a_date_alone_after_it():
    """"For immediate release – August 1, 2025" is a date line; the same note run onto the
    release's headline or its first paragraph is not."""
    from build_tools.parse.text import is_stamp
    assert is_stamp("For immediate release, Tuesday 4 March 2025")
    for line in ("FOR IMMEDIATE RELEASE – Council to close Mill Road for 3 weeks from Monday",
                 "FOR IMMEDIATE RELEASE: LONDON, 3 March 2025 - Acme Corp today announced a new plant in Leeds",
                 "For immediate release: Acme Corp today announced plans to open a plant from May."):
        assert not is_stamp(line), line


def test_a_writer_over_her_desk_and_the_date_is_the_byline_under_the_standfirst():
    """The site's name, its section, the headline, the standfirst, "TORONTO", the writer's name,
    her desk and the date: the place is the dateline and the name the byline (before, the desk
    was taken for the byline and everything over it, headline and standfirst too, left out as
    labels)."""
    headline = "Your tax-free savings room just grew. Here's how not to waste it"
    standfirst = ("Contribution limits reset every January, but thousands of savers still trip over the rules and pay "
                  "penalties they never saw coming")
    a = article("NORTHERN STAR-TRIBUNE", "PERSONAL FINANCE", headline, standfirst, "TORONTO", "Gwen Okafor-Reyes",
                "The Canadian Money Desk", "Jan. 3, 2025", LEDE, BODY)
    assert (a.title, a.summary, a.dateline, a.byline) == (headline, standfirst, "TORONTO", "Gwen Okafor-Reyes")
    assert [f.text for f in a.furniture] == ["NORTHERN STAR-TRIBUNE", "PERSONAL FINANCE"]


def test_a_clips_length_is_furniture_and_its_upload_or_broadcast_date_a_date_line():
    """A video page's "2 min 05 sec" between the headline and "Posted 3 hours ago" is the
    clip's length, left out (before, it was taken for the headline); "Uploaded 23 January 2025",
    "First broadcast: Sunday 13 April 2025, 14:00" and "Premiered 9 Apr 2025" date the page,
    never a heading; "Broadcast times" over its text stays a heading."""
    from build_tools.parse.text import is_stamp
    clip = article(HEADLINE, "2 min 05 sec", "Posted 3 hours ago", LEDE, BODY)
    assert (clip.title, clip.summary) == (HEADLINE, LEDE)
    assert [(f.kind, f.text) for f in clip.furniture] == [("read time", "2 min 05 sec")]
    for line in ("Uploaded 23 January 2025", "First broadcast: Sunday 13 April 2025, 14:00", "Premiered 9 Apr 2025",
                 "Broadcast 22.03.2025, 18:30 CET"):
        assert is_stamp(line), line
    for line in ("Broadcast times", "Aired 3 times", "Recorded data"):
        assert not is_stamp(line), line
    webcast = article(HEADLINE, LEDE, "Uploaded 23 January 2025", BODY, "Broadcast times", BODY, "Who took part", BODY)
    assert [k for k in kinds(webcast) if k.startswith("H")] == ["H2:Broadcast times", "H2:Who took part"]


def test_a_tables_header_spaced_out_between_its_pipes_is_no_menu():
    """"Source  |  Amount  |  Change on 2023" over its rows, the cells set apart by runs of
    spaces: the table's header (before, left out as a site's menu, and the table lost it)."""
    a = article(HEADLINE, LEDE, "Where did the money come from?", BODY,
                "Source  |  Amount  |  Change on 2023", "Membership  |  £612,000  |  +14%",
                "Legacies  |  £398,000  |  +52%", "", BODY)
    table = next(b for s in a.sections for b in s.blocks if isinstance(b, Table))
    assert table.header == ("Source", "Amount", "Change on 2023") and len(table.rows) == 2
    assert a.furniture == ()
    menu = article(HEADLINE, LEDE, BODY, "Residents  |  Business  |  Visitors", BODY)
    assert [f.text for f in menu.furniture] == ["Residents | Business | Visitors"]


def test_time_stamps_right_under_a_part_in_capitals_are_its_subsections():
    """A live golf page's "THE BACK NINE", no text of its own, over "5:41 PM" and "5:20 PM",
    then "THE FRONT NINE" over "4:35 PM": each part holds its stamps (before, all were H2)."""
    a = article(HEADLINE, LEDE, "Leaderboard (after 63 holes)", BODY, "THE BACK NINE", "5:41 PM", BODY, "5:20 PM", BODY,
                "THE FRONT NINE", "4:35 PM", BODY, "4:22 PM", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Leaderboard (after 63 holes)", "H2:THE BACK NINE", "H3:5:41 PM", "H3:5:20 PM", "H2:THE FRONT NINE",
        "H3:4:35 PM", "H3:4:22 PM"]


def test_a_bare_courtesy_line_is_a_photos_credit():
    """"Courtesy of the Halvorsen campaign" under a candidate's photo: a credit, left out (before,
    a heading over the profile); a sentence opening on "Courtesy of" is text."""
    assert furniture_kind("Courtesy of the Halvorsen campaign") == "photo credit or caption"
    assert furniture_kind("Courtesy Lionel Ferraday") == "photo credit or caption"
    assert furniture_kind("Courtesy of a grant from the Arts Council, the library opened a new wing.") is None
    assert furniture_kind("Courtesy calls") is None


def test_a_byline_may_give_each_writer_a_role_in_lower_case():
    """"By Hedda Solvang, science correspondent, and Arvid Melum, video journalist" names two
    writers (before, only with roles in Title Case); "By the numbers, a reporter" names none."""
    for line in ("By Hedda Solvang, science correspondent, and Arvid Melum, video journalist",
                 "By Hedda Solvang, science correspondent"):
        assert is_byline(line), line
    assert not is_byline("By train, bus and ferry, a writer")
    byline = "By Hedda Solvang, science correspondent, and Arvid Melum, video journalist"
    a = article(HEADLINE, "Our science team spent a week on the ice cap with the farmers who depend on its meltwater.",
                byline, "Updated 2 June 2025, 07:45", LEDE, BODY)
    assert (a.title, a.byline) == (HEADLINE, byline)


def test_a_watch_headline_over_its_standfirst_and_byline_is_the_title():
    """A video page's "Watch: ..." headline over its standfirst, then the byline: the page's
    headline (before, left out as a link to another video, and the standfirst became the title);
    a "Watch: ..." line in the text stays out."""
    headline = "Watch: How a melting glacier rewrote a valley's water rules"
    standfirst = "Our science team spent a week on the ice cap with the farmers who depend on its meltwater."
    a = article("NORDVIK BROADCASTING", headline, standfirst, "By Hedda Solvang", "Updated 2 June 2025, 07:45", LEDE, BODY,
                "Watch: Drone footage of the shrinking ice caps", BODY)
    assert (a.title, a.summary) == (headline, standfirst)
    assert "Watch: Drone footage of the shrinking ice caps" in [f.text for f in a.furniture]


def test_a_quarterlys_season_beside_its_name_dates_it():
    """"Newsletter · Spring 2025 edition" and "Supporter update | Spring 2026" are date lines,
    never headings; alone, "Autumn Term 2026" heads a school's term dates, and a table's header
    "Property type | Spring 2025 | Spring 2024 | Change" is no date line."""
    from build_tools.parse.text import is_stamp
    assert is_stamp("Newsletter · Spring 2025 edition") and is_stamp("Supporter update | Spring 2026")
    for line in ("Autumn Term 2026", "Spring 2025", "Property type | Spring 2025 | Spring 2024 | Change"):
        assert not is_stamp(line), line


def test_staff_reporters_over_the_date_are_the_byline():
    """"Staff reporters" between the standfirst and "Last updated 11:52 p.m. EST": the newsroom
    credited as a whole (before, left out as a label)."""
    standfirst = "Follow live as ballots are counted across all 61 ridings. Polls closed at 8 p.m. local time."
    a = article(HEADLINE, standfirst, "Staff reporters", "Last updated 11:52 p.m. EST", LEDE, BODY)
    assert (a.title, a.summary, a.byline) == (HEADLINE, standfirst, "Staff reporters")


def test_a_line_of_facts_or_names_is_never_the_summary():
    """"22 days on Homestead | 611 views | 48 saves" or "Harrowgate University · School of
    Computing" over the lede: the lede is the summary (before, the line of parts was); with no
    headline, such a line still gives the title its words ("PREVIEW | Thistle v Inverbrae")."""
    from build_tools.parse.text import is_parts_line
    assert is_parts_line("22 days on Homestead | 611 views | 48 saves")
    assert is_parts_line("Harrowgate University · School of Computing and Mathematical Sciences")
    assert not is_parts_line("The council approved the budget after a long session on Tuesday. | Read the full report")
    assert not is_parts_line("The council approved the budget on Tuesday.")
    a = parse("PREVIEW | Thistle v Inverbrae – Scottish Cup fifth round\n\n" + LEDE + "\n\n" + BODY + "\n")
    assert (a.title, a.summary) == ("PREVIEW | Thistle v Inverbrae – Scottish Cup fifth round", LEDE)


def test_a_newsletters_tagline_under_its_name_is_furniture():
    """"Your weekly dose of health and science research, explained" or "... and the stories behind
    it, every Monday morning" under a newsletter's name: its tagline, left out (before, taken for
    the title); "Your week at a glance" heads a section, "Bins are collected, every Monday" is text."""
    for line in ("Your weekly dose of health and science research, explained",
                 "Your weekend reading, hand-picked by our editors",
                 "The week's forecast and the stories behind it, every Monday morning"):
        assert furniture_kind(line) == "newsletter prompt", line
    for line in ("Your week at a glance", "Bins are collected, every Monday", "News conferences are held, every Monday"):
        assert furniture_kind(line) is None, line


def test_ordinary_lines_like_this_sessions_new_furniture_and_date_lines_stay_text():
    """Counter-examples an independent review found for the new rules, each read as before:
    race times and waits ("4 hrs 12 mins") are no clip's length; a sentence or heading opening on
    "Aired", "Broadcast" or "Premiered" is no date line; a site's spaced-out footer menu over
    another menu is no table; a heading "Courtesy of the House" is no credit; a two-column header
    with a season ("Campus | Fall 2025") and a show's "Paris Fashion Week | Spring 2025" are no date
    lines."""
    from build_tools.parse.text import is_stamp
    for line in ("4 hrs 12 mins", "2 hr 35 min", "2 hr 6 min"):
        assert furniture_kind(line) is None, line
    assert furniture_kind("Duration: 1 hr 4 min") == "read time"
    for line in ("Aired Monday, the interview sparked outrage across the country.", "Premiered Friday at Sundance",
                 "Broadcast Sunday: the final episode", "Broadcast March Madness rights",
                 "Campus | Fall 2025", "Paris Fashion Week | Spring 2025", "Spring 2025 / Spring 2024"):
        assert not is_stamp(line), line
    for line in ("Courtesy of the House", "Courtesy Calls", "Courtesy of the Fed rates are up again"):
        assert furniture_kind(line) is None, line
    footer = article(HEADLINE, LEDE, BODY, "Residents  |  Business  |  Visitors  |  Council",
                     "Privacy | Cookies | Terms | Contact")
    assert not any(isinstance(b, Table) for s in footer.sections for b in s.blocks)
    assert not any(isinstance(b, Table) for b in footer.intro)


def test_a_goal_in_capitals_over_time_stamps_holds_none_of_them():
    """A live page's "GOAL! ARSENAL 1-0 CHELSEA" right over "3:32 PM": an entry's title, no part of
    the match holding the stamps under it (only a part's name, "THE BACK NINE", "SECOND HALF", does)."""
    a = article(HEADLINE, LEDE, "GOAL! ARSENAL 1-0 CHELSEA", "3:32 PM", BODY, "3:20 PM", BODY, "3:05 PM", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:GOAL! ARSENAL 1-0 CHELSEA", "H2:3:32 PM", "H2:3:20 PM",
                                                          "H2:3:05 PM"]


def test_a_watch_promo_over_the_real_headline_is_no_title():
    """"Watch: Live coverage of the budget statement" over "Chancellor unveils £20bn of tax rises in
    her first budget" over the byline: the promo stays out, the headline under it is the title."""
    headline = "Chancellor unveils £20bn of tax rises in her first budget"
    a = article("Watch: Live coverage of the budget statement", headline, "By Jo Lee", "Updated 30 October 2024, 14:02",
                LEDE, BODY)
    assert a.title == headline


def test_a_reviews_stars_between_its_headline_and_standfirst():
    """A review's headline, "★★★★☆", its standfirst, the critic and the date: the headline is the
    title and the standfirst the summary, the stars shown with the date (before, the headline and
    stars were left out as labels and the standfirst became the title)."""
    headline = "The Velvet Ferry: Low Tide Hymns review – a band finally learns to whisper"
    standfirst = ("After two albums of stadium-sized bluster, the Brightwater four-piece strip everything back and find "
                  "their best songs in the quiet")
    a = article("Music / Album reviews", headline, "★★★★☆", standfirst, "Jonah Pereira", "Fri 7 Nov 2025 06.00 GMT",
                LEDE, BODY)
    assert (a.title, a.summary) == (headline, standfirst)
    assert "★★★★☆" in a.stamps and "★★★★☆" not in [f.text for f in a.furniture]


def test_a_motions_outcome_in_minutes_is_no_heading():
    """Minutes' "Carried" under an item's motion, right over the next item: the end of the item's
    text. Before, it became an empty heading that held every item after it a level down."""
    motion = "THAT the agenda for the Regular Council Meeting of March 24, 2025 be adopted as presented."
    a = article(HEADLINE, LEDE, "1. Call to Order", BODY, "2. Adoption of Agenda", motion, "Carried",
                "3. Delegations", BODY, "4. Staff Reports", motion, "CARRIED UNANIMOUSLY", "5. Adjournment", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:1. Call to Order", "H2:2. Adoption of Agenda",
                                                          "H2:3. Delegations", "H2:4. Staff Reports", "H2:5. Adjournment"]
    texts = [b.text for s in a.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert "Carried" in texts and "CARRIED UNANIMOUSLY" in texts
    lone = article(HEADLINE, LEDE, "1. Call to Order", BODY, "2. Budget", motion, "Motion defeated (3 to 4)", "3. Close", BODY)
    assert "Motion defeated (3 to 4)" not in [s.heading for s in lone.sections]


def test_a_date_line_set_out_like_a_menu_is_the_date_and_the_name_over_it_the_byline():
    """"Published Oct 07, 2025 • Last updated 2 hours ago • 6 minute read": a date line, never a
    menu left out; the writer's "Mathieu Desrosiers | The Prairie Sentinel" over it is the byline."""
    stamps = "Published Oct 07, 2025  •  Last updated 2 hours ago  •  6 minute read"
    a = article(HEADLINE, LEDE, "Mathieu Desrosiers | The Prairie Sentinel", stamps, "", BODY, "Next Steps", BODY)
    assert a.byline == "Mathieu Desrosiers | The Prairie Sentinel"
    assert a.stamps == ("Published Oct 07, 2025 • Last updated 2 hours ago • 6 minute read",) and not a.furniture
    assert furniture_kind("News • Sport • Business • Weather") == "navigation menu"


def test_the_lead_pictures_caption_over_its_credit_in_brackets_is_no_summary():
    """"A resident carries sandbags along Front Street ..." over "(AP Photo/Carla Mendes)", under
    the byline and date: the picture's caption, left out; the lede under it is the summary."""
    caption = "A resident carries sandbags along Front Street in Bellport, Mo., on Monday, March 17, 2025."
    lede = ("BELLPORT, Mo. (AP) — Hundreds of residents of three small towns along the Missouri River were ordered "
            "to leave their homes on Monday as the water rose past the levees built to hold it.")
    a = article(HEADLINE, "By Darnell Price Associated Press", "March 18, 2025", caption, "(AP Photo/Carla Mendes)",
                lede, BODY)
    assert a.summary == lede
    assert [f.text for f in a.furniture] == [caption, "(AP Photo/Carla Mendes)"]


def test_a_caption_and_its_photographer_over_hide_caption_are_left_out():
    """A broadcaster's picture: its caption, "Mara Ellison for NPA", "hide caption", "toggle
    caption" and the credit again. All are the picture's; the lede under them is the summary."""
    caption = "A nurse prepares a dose of the measles vaccine at a pop-up clinic in Cedar Bluff on Tuesday."
    a = article(HEADLINE, "By Jo Lee", "March 18, 2025", caption, "Mara Ellison for NPA", "hide caption",
                "toggle caption", "Mara Ellison for NPA", "", LEDE, BODY)
    assert a.summary == LEDE
    assert [f.text for f in a.furniture] == [caption, "Mara Ellison for NPA", "hide caption", "toggle caption",
                                             "Mara Ellison for NPA"]
    plain = article(HEADLINE, "By Jo Lee", "March 18, 2025", LEDE, "Tickets for Members", BODY)
    assert "Tickets for Members" in [s.heading for s in plain.sections]


@pytest.mark.parametrize("credit", ["Distributed via the Health Alert Network", "Translated from the Portuguese by Daniel Hurst"])
def test_a_distribution_or_translation_credit_over_the_date_leaves_the_headline_the_title(credit):
    """A health alert's "Distributed via the Health Alert Network", a story's "Translated from the
    Portuguese by ...", between the headline and the date: shown with the date, never the title
    (before, it was, and the headline over it was left out as a label)."""
    headline = "Increase in pertussis cases among infants and school-age children"
    a = article("HEALTH ADVISORY #2025-14", headline, credit, "May 6, 2025, 2:00 PM PDT", "", LEDE, BODY)
    assert (a.title, a.summary) == (headline, LEDE)
    assert credit in a.stamps


def test_the_publishers_name_over_its_menu_and_headline_is_no_title():
    """"Glenardie & Strathcoil Community Trust" at the top, over its menu and the page's headline: the
    publisher's name, left out; the headline under it is the title. An organisation's name
    with nothing headline-like under it stays the title."""
    a = article("Glenardie & Strathcoil Community Trust", "HOME   ABOUT   PROJECTS   ANNUAL REPORTS   CONTACT",
                "Annual Report for the year to 31 March 2024", "", "Chair's report", "", LEDE, BODY)
    assert a.title == "Annual Report for the year to 31 March 2024"
    assert ("kicker", "Glenardie & Strathcoil Community Trust") in [(f.kind, f.text) for f in a.furniture]
    alone = article("Glenfruin Court Care Home", "", LEDE, BODY)
    assert alone.title == "Glenfruin Court Care Home"


def test_a_heading_over_a_quoted_question_heads_it():
    """"THE CHOICES AHEAD" over "Enrollment" over '"Where are the other 140 children going to come
    from?"', someone's words opening the section: both lines are headings, the question its text."""
    quote = '"Where are the other 140 children going to come from?"'
    a = article(HEADLINE, LEDE, "THE NUMBERS", BODY, "THE CHOICES AHEAD", "Enrollment", quote, BODY, "The roof", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:THE NUMBERS", "H2:THE CHOICES AHEAD", "H3:Enrollment",
                                                          "H3:The roof"]


def test_a_reviews_whats_good_and_whats_not_are_sections_of_their_own():
    """"What's good" and "What's not" after "Battery": the review's own sections, as "What we
    liked" ones are, never the battery section's parts for opening on the same word."""
    a = article(HEADLINE, LEDE, "Design", BODY, "Battery", BODY, "What's good", BODY, "What's not", BODY, "Verdict", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:Design", "H2:Battery", "H2:What's good", "H2:What's not",
                                                          "H2:Verdict"]


def test_a_short_second_paragraph_over_a_picture_credit_is_kept():
    """Under the byline and date, a short lede, then a short second paragraph over "Image: ...
    Credit: ...": the story's text, never the picture's caption (before, it was left out)."""
    lede = "The langar hall at Guru Nanak Gurdwara Sahib reopened on Sunday with more than 600 people served."
    second = ("The refurbishment, funded almost entirely by donations, replaced the kitchen floor and widened "
              "the entrance for wheelchair users.")
    a = article("Langar hall reopens after six-month refurbishment", "By Harjit Kaur Sandhu | 2 min read",
                "14 September 2024", "", lede, "", second, "", "Image: Volunteers prepare rotis. Credit: Amrit Gill", "", BODY)
    assert second not in [f.text for f in a.furniture]
    assert a.summary == lede


def test_ordinary_lines_like_this_sessions_rules_stay_as_they_were():
    """The independent review's counter-examples: a results page's "Defeated" over its paragraph is
    a heading; a menu with the day's date in it is a menu; a headline opening "Sent via WhatsApp,
    ..." is the title; "(File photo)" under a short lede leaves the lede the summary."""
    a = article(HEADLINE, LEDE, "Elected", BODY, "Defeated", BODY)
    assert "H2:Defeated" in kinds(a)
    assert furniture_kind("News • Sport • Business • Tuesday 4 March 2025") == "navigation menu"
    headline = "Sent via WhatsApp, the Scam Message That Cost a Pensioner Thousands"
    assert article(headline, "By Jo Lee", "March 18, 2025", LEDE, BODY).title == headline
    short = "Thousands of fans lined the streets of Bellport on Monday to welcome the team home."
    b = article(HEADLINE, "By Jo Lee", "March 18, 2025", short, "(File photo)", BODY)
    assert b.summary == short



def test_a_lone_empty_heading_holds_its_parts_down_to_one_of_its_own_style_or_a_verdict():
    # "Ruling of the tribunal", the one heading with no text of its own, holds the articles it
    # rules on, down to "Dissenting view", a heading in its own sentence case.
    a = article(HEADLINE, LEDE, "At a glance", BODY, "Complaints", BODY, "Ruling of the tribunal", "Article 6", BODY,
                "Article 8", BODY, "Article 14", BODY, "Dissenting view", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:At a glance", "H2:Complaints", "H2:Ruling of the tribunal", "H3:Article 6", "H3:Article 8", "H3:Article 14",
        "H2:Dissenting view"]
    # A review's one-word sections after its first part's own style are no parts of it.
    b = article(HEADLINE, LEDE, "The contenders", "Corvane Atlas GT", BODY, "Sandholm 4 Sport", BODY, "On the road",
                "Ride and handling", BODY, "Refinement", BODY, "Inside", BODY, "Costs", BODY, "Verdict", BODY)
    assert [k for k in kinds(b) if k.startswith("H")][-4:] == ["H2:Refinement", "H2:Inside", "H2:Costs", "H2:Verdict"]


def test_a_title_made_from_the_ledes_opening_words_runs_past_a_title_before_a_name():
    # With no headline, the lede's first sentence gives the title: "Co." before a county's
    # name, or "Dr." before a doctor's, ends no sentence; the answer "No." does.
    a = article("Dr. Amara Osei of Co. Kilbrennan has been named chief medical officer. She starts in May.",
                "", BODY)
    assert a.title == "Dr. Amara Osei of Co. Kilbrennan has been named chief medical officer."
    b = article("Was the vote close? No. The motion passed by a wide margin, the clerk said.", "", BODY)
    assert b.title == "Was the vote close?"
    # After a name, "St." and "Co." may end the sentence: "Elm St.", "Harmon & Co.".
    c = article("Crews were called to a fire on Elm St. Two people were treated for smoke inhalation.", "", BODY)
    assert c.title == "Crews were called to a fire on Elm St."



def test_the_line_a_breadcrumb_trail_names_is_the_headline_under_a_sites_name():
    a = article("Emergency alert: The Beacon Street car park will be closed from 10 to 14 March. Find out more",
                "Dismiss", "Caradale City Council", "Home > Residents > Parking and roads > Resident parking permits", "",
                "Resident parking permits", "", LEDE, "", BODY)
    assert (a.title, a.summary) == ("Resident parking permits", LEDE)
    assert "Caradale City Council" in [f.text for f in a.furniture]
    # The last link may only begin the headline: "Section 7", then "Section 7: Porth Eirin to ...".
    b = article("Pen Llyr Coast Path", "Cymraeg", "Plan your walk", "Route sections", "Home | Route sections | Section 7",
                "", "Section 7: Porth Eirin to Traeth Mawr", "Cliffs, seals and a tidal crossing on the wildest stretch",
                "", LEDE, "", BODY)
    assert (b.title, b.summary) == ("Section 7: Porth Eirin to Traeth Mawr",
                                    "Cliffs, seals and a tidal crossing on the wildest stretch")
    # A section's label the trail names, over the headline, stays the label; so does a menu's last item.
    c = article("The Northern Courier", "Home > Opinion > Analysis", "ANALYSIS",
                "The port deal is fraying as ministers count the cost of delay", "", LEDE, "", BODY)
    assert c.title == "The port deal is fraying as ministers count the cost of delay"
    d = article("The Northern Courier", "News | Sport | Opinion | The long read", "The long read",
                "The last bus out of Harrowby", "", LEDE, "", BODY)
    assert d.title == "The last bus out of Harrowby"


def test_a_headline_over_its_categories_stays_the_headline():
    # A short first line over a row of labels is the site's name only where a longer headline
    # stands right under them; a post's own headline over its categories, then its date or its
    # writer, stays the headline.
    a = article("My sourdough starter finally works", "Baking · Bread · Recipes", "March 3, 2025", LEDE, BODY)
    assert a.title == "My sourdough starter finally works"
    b = article("Library saved after residents' campaign", "Local News   Politics   Libraries", "Jo Lee",
                "3 March 2025", LEDE)
    assert (b.title, b.byline) == ("Library saved after residents' campaign", "Jo Lee")


def test_closing_sections_after_a_series_of_entries_are_no_entrys_parts():
    # Results in Title Case, each with its report, then the round's table and next fixtures in
    # sentence case: the page's closing sections, not parts of the last result.
    a = article(HEADLINE, LEDE, "Harbourside 31–17 Glenmorris", BODY, "Millbrook 13–16 Ravenscar", BODY,
                "Kelso Park 24–24 Ashfield", BODY, "Duncairn 45–12 Westhaven", BODY, "The table", BODY,
                "Round 10 fixtures", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == [
        "H2:Harbourside 31–17 Glenmorris", "H2:Millbrook 13–16 Ravenscar", "H2:Kelso Park 24–24 Ashfield",
        "H2:Duncairn 45–12 Westhaven", "H2:The table", "H2:Round 10 fixtures"]
    # Where an entry has parts of its own before the last, the last one's are its parts too.
    b = article(HEADLINE, LEDE, "Harbourside 31–17 Glenmorris", BODY, "Try of the match", BODY,
                "Millbrook 13–16 Ravenscar", BODY, "Kelso Park 24–24 Ashfield", BODY, "Player of the match", BODY)
    assert [k for k in kinds(b) if k.startswith("H")] == [
        "H2:Harbourside 31–17 Glenmorris", "H3:Try of the match", "H2:Millbrook 13–16 Ravenscar",
        "H2:Kelso Park 24–24 Ashfield", "H3:Player of the match"]


@pytest.mark.parametrize("lines, line, why", [
    # a speaker's turn, a transcript's label, not "followed by another heading-like line"
    ([HEADLINE, LEDE, "Joanna Birch (00:00:31)", BODY, "Arjun Pillai (00:01:02)", BODY], 3,
     "a speaker's label in a transcript"),
    ([HEADLINE, LEDE, '"Where is the money for the schools?"', BODY], 3, "a question quoted in the body, someone's words"),
    ([HEADLINE, LEDE, "Next Steps", BODY, "Dr Hanne Lisowski", "Chair of Trustees"], 5,
     "a name and its office under running text: a signature"),
])
def test_explain_names_what_a_heading_like_line_is_when_it_is_no_heading(lines, line, why):
    """`--explain` says why a line shaped like a heading is text: what it is, never the rule's
    catch-all "followed by another heading-like line" when something else turned it down."""
    assert f"paragraph: heading-like line, but {why}" in [n.message for n in notes("\n".join(lines)) if n.line == line]


def test_questions_over_numbered_tips_are_sections_not_an_faq():
    """A guide's questions, each right over numbered tips with text of their own ("How should you
    arrange the furniture?" over "3. Pull the sofa off the wall"): the questions are answered by
    no text of their own, so they make no FAQ (an FAQ's answers end where a numbered heading
    starts, and the run of answered questions is counted the same way)."""
    lines = [HEADLINE, LEDE]
    n = 0
    for question in ("How should you arrange the furniture?", "What about storage?", "How do you make it feel lighter?"):
        lines += ["", question]
        for tip in ("Pull the sofa off the wall", "Choose furniture on legs"):
            n += 1
            lines += [f"{n}. {tip}", BODY, ""]
    a = article(*lines)
    assert not any(s.faq for s in a.sections)
    assert {"What about storage?", "How do you make it feel lighter?"} <= {s.heading for s in a.sections}


def test_a_guides_view_history_and_view_source_stay_headings():
    """A wiki's tabs are furniture only in the words no section takes: `Sign in to edit`, `Edit
    source`, `Talk (4)`; a browser guide's `View history` and `View source` head their sections."""
    a = article("How to clear your browser history", LEDE, "View history", BODY, "Delete history", BODY, "View source", BODY)
    assert [k for k in kinds(a) if k.startswith("H")] == ["H2:View history", "H2:Delete history", "H2:View source"]


@pytest.mark.parametrize("lines", [
    # a letters page's and a feature's sections opening "From ...", and headings ending "Staff"
    [HEADLINE, LEDE, "From Mary Smith in Dorset", BODY, "From Dr Ann Bell in Cardiff", BODY],
    [HEADLINE, LEDE, "From Jane Austen at Chawton House", BODY, "From Charles Dickens in London", BODY],
    [HEADLINE, LEDE, "From the Chair", BODY, "From Greens staff", BODY, "From Office staff", BODY],
    [HEADLINE, LEDE, "Welcome New Staff", BODY, "Sports Day", BODY, "Thank You Staff", BODY],
    [HEADLINE, LEDE, "Club Coaching Staff", BODY, "Senior Management Staff", BODY],
])
def test_headings_shaped_like_a_newsrooms_credit_stay_headings(lines):
    a = article(*lines)
    assert a.byline is None
    assert [k[3:] for k in kinds(a) if k.startswith("H")] == [line for line in lines[2:] if line != BODY]


def test_a_headline_ending_in_staff_is_no_byline():
    a = article("Hospital Trust Hires Overseas Staff", "By Jane Morton", LEDE, BODY)
    assert (a.title, a.byline) == ("Hospital Trust Hires Overseas Staff", "By Jane Morton")


def test_an_faq_whose_answer_holds_numbered_steps_stays_an_faq():
    """Numbered steps after an answer's own text are the answer's: the run of answered questions
    goes on past them, so the FAQ is read as before (only a question with a numbered heading
    right under it, no text of its own, answers nothing)."""
    lines = [HEADLINE, LEDE, "What if my landlord refuses?", "You can raise a dispute with the deposit scheme for free.",
             "How do I raise a dispute?", "The scheme's website has a form. You will need:", "1. Your tenancy agreement",
             "Keep a copy for yourself.", "2. Photos of the property", "Take them on the day you move out.",
             "How long does a dispute take?", "Most are settled within 28 days of the evidence being sent.",
             "Can my landlord keep the deposit for cleaning?", "Only if the property is dirtier than when you moved in."]
    a = article(*lines)
    faq = [s for s in a.sections if s.faq]
    assert faq and faq[0].faq[0].question == "What if my landlord refuses?"


def test_an_attributed_quotation_under_the_headline_is_no_standfirst():
    quote, speaker = '"We had no choice," said the leader.', "— Cllr Ann Bell"
    a = article(HEADLINE, "By Jane Morton", quote, speaker, LEDE, BODY)
    assert a.summary == LEDE
    b = article("Orla Venn", '"The tide owes no one an apology."', "— Orla Venn, to the harbour council", "", LEDE, "",
                "History", BODY)
    assert b.summary == LEDE

