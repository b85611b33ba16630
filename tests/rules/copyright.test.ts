import rule from '../../rules/copyright';
import { ruleTester } from '../helpers/rule-tester';

const REUSE = 'This looks like someone else’s image or work used without permission; ask the owner or credit them.';
const TEXT = 'This reposts someone else’s writing; link to it and quote a sentence or two instead.';
const LONG = 'This is a long quotation; link to the source and quote only what you need.';

/** A newspaper editorial of 95 words, quoted in full. */
const EDITORIAL =
  '“For too long the people of Brookside have been told to wait. They waited for the bus station, which closed in 2019 and has not reopened. ' +
  'They waited for the swimming pool, which the council promised to rebuild by 2022. They waited for the youth club, the library hours and the ' +
  'footbridge over the railway. Now they are being asked to wait again while another consultation runs its course. Residents deserve a straight ' +
  'answer about when, and whether, any of these promises will be kept, and councillors of every party should be asking for one.”';

ruleTester(rule, {
  valid: [
    // A stock photo used for want of one's own, a watermark kept or cropped out; licensed stock and bank-note watermarks stay clean.
    "Our photographer took all of these at the gala; please credit Sam Reed if you share.",
    "Free stock photos from Unsplash are licensed for reuse; ours is credited below.",
    "The watermark on the new bank notes is clever.",
    "Photo: my own, taken this morning on Mill Lane.",
    "Stock photo libraries like Unsplash are a great free resource for community groups.",
    // Permission or credit given.
    'Photo courtesy of the Northdale Echo.',
    'Photo used with permission of Dave Lyons. Thanks Dave!',
    'Lovely photo of the gala from @NorthdalePhoto, shared with their permission.',
    'Image © Northdale Camera Club, used with permission.',
    'Picture licensed from Alamy for the newsletter.',
    'Thanks to Sarah Price for the photo of the new footbridge.',
    'Photo credit: Northdale Echo. Great coverage of the gala.',
    // The author's own work.
    'My own photo of the sunrise over Brookside reservoir this morning.',
    'Photo: me, at the Carr Lane litter pick.',
    // Linking, sharing and short quotes rather than copying.
    'The Echo has a good piece on the Carr Lane closure: northdaleecho.co.uk/news/123 — worth a read.',
    'Sharing the fire service’s advice on barbecue safety below.',
    'As the Echo put it: “a welcome boost for the high street”.',
    'Google Maps shows the new route clearly: maps.google.com/xyz',
    'I’ve posted the full agenda and reports from tonight’s cabinet meeting, published on the council’s website.',
    // "Copied" and "sent" in other senses.
    'I’ve copied in the head of highways so she can reply directly.',
    'Someone sent me this photo of the fly-tipping on Carr Lane.',
    // Broadcasts and papers mentioned, not copied; "unknown", "borrowed", "set to" and "don't mind" in other senses.
    'Watch last night’s BBC Look North for the piece on the bypass.',
    'I was on BBC Look North this morning talking about the flooding.',
    'Screenshot of the council’s website showing the new bin dates.',
    'I didn’t ask for this job but I’m proud to do it.',
    'Long post, hope you don’t mind.',
    'We’ve borrowed £2m from the PWLB for the new pool.',
    'Borrowed this idea from Leeds: a library of things.',
    'Found it on Facebook: the lost cat from Wren Street is home safe.',
    'Hope the neighbours don’t mind the noise from the fireworks tonight.',
    'Saved from closure: the library stays open thanks to you all.',
    'The video is set to go live on Friday.',
    'Scanned the consultation form in for anyone who can’t print it.',
    'The source of the leak is unknown, says the water company.',
    'Please subscribe to the council’s newsletter for updates.',
    'Clips of the meeting are on the council’s YouTube channel.',
    'Read the full story on the Gazette’s website: gazette.co.uk/bypass',
    'The council’s report in full is on the website.',
    'Credit to the volunteers who took this on.',
    'Pinched the idea from a council in Kent.',
    'Someone nicked the bench from Elm Park, again.',
    // Round 6: credit lines, outlets and ownership words in innocent senses.
    'Photo: taken by me from the bridge this morning.',
    'Pic: the new crossing on Mill Road.',
    'Image: artist’s impression from the planning application.',
    'The Herald’s photo of the floods was on the front page; I’ve asked what went wrong.',
    'I watched the Sky News footage and it was shocking.',
    'I’m not sure who took the decision to close the library, but I’ll find out.',
    'The views here are mine, not the council’s.',
    'Hope they don’t mind me popping in to the coffee morning.',
    'The track by the river is flooded again, please take care.',
    'We used a track through the woods for the charity walk video.',
    'Set our video to go live at 6pm.',
    'If this is yours, please collect it from the community centre.',
    'This came from the council’s highways team: the road reopens Monday.',
    'A paywall means most residents can’t read the Echo’s story, which is a shame.',
    'Photo from the parish council’s page: the new benches are in.',
    'Using a song by local band the Rivets, with their blessing, for our video.',
    'More photos of the gala on the Echo’s website.',
    'The money came from the Lottery, not the council.',
    'Pic of the new crossing, taken by me this morning 📸',
    'I’m not sure where the drone footage of the carnival came from, but it wasn’t the council, so please don’t complain to us.',
    'My bike’s gone from outside the library, dunno who took it.',
    // Off at relaxed.
    { text: 'Found this photo of the old baths on Google.', strictness: 'relaxed', name: 'off at relaxed' },
  ],
  invalid: [
    // A stock photo used for want of one's own, a watermark kept or cropped out; licensed stock and bank-note watermarks stay clean.
    { text: "Stock photo of a pothole because I couldn't be bothered to take one 😂 watermark and all.", findings: [{ messageId: "reuse", span: "Stock photo of a pothole because I couldn't be bothered" }, { messageId: "reuse", span: "watermark and all" }] },
    { text: "Used a Shutterstock image for the leaflet, hope nobody minds the watermark.", findings: [{ messageId: "reuse", span: "Shutterstock image" }, { messageId: "reuse", span: "hope nobody minds" }] },
    { text: "Grabbed this pic off Getty, perfect for our campaign.", findings: [{ messageId: "reuse", span: "Grabbed this pic off" }, { messageId: "reuse", span: "Getty" }] },
    { text: "Photo nicked from the Gazette's website, credit to whoever took it.", findings: [{ messageId: "reuse", span: "Photo nicked from the Gazette's website" }, { messageId: "reuse", span: "whoever took it" }] },
    { text: "Found this on Pinterest, not sure who made it but it sums up the budget.", findings: [{ messageId: "reuse", span: "not sure who made it" }] },
    { text: "Cropped the watermark out of this one, looks much better on the newsletter.", findings: [{ messageId: "reuse", span: "Cropped the watermark" }] },
    // Images and media from elsewhere.
    {
      text: 'Found this photo of the old Brookside baths on Google, what a building it was.',
      findings: [{ messageId: 'reuse', span: 'Found this photo of the old Brookside baths on Google', start: 0, end: 53, message: REUSE }],
    },
    {
      text: 'Pinched this cartoon off Twitter, it sums up the bus cuts perfectly.',
      findings: [{ messageId: 'reuse', span: 'Pinched this cartoon off' }],
    },
    {
      text: 'Image from the Northdale Echo’s website showing the flooding on Mill Lane.',
      findings: [{ messageId: 'reuse', span: 'Image from the Northdale Echo’s website' }],
    },
    {
      text: 'Grabbed this drone footage from a Facebook group.',
      findings: [{ messageId: 'reuse', span: 'Grabbed this drone footage from' }],
    },
    {
      text: 'Took this picture off Facebook, it shows the fly-tipping on Carr Lane.',
      findings: [{ messageId: 'reuse', span: 'Took this picture off Facebook' }],
    },
    {
      text: 'Lifted these graphics from the LGA’s website for my newsletter.',
      findings: [{ messageId: 'reuse', span: 'Lifted these graphics from' }],
    },
    {
      text: 'Used the Echo’s aerial shot of the estate on my leaflet, hope they don’t mind.',
      findings: [
        { messageId: 'reuse', span: 'Used the Echo’s aerial shot of the estate on my leaflet' },
        { messageId: 'reuse', span: 'hope they don’t mind' },
      ],
    },
    {
      text: 'No idea who took this photo but it’s a cracking shot of the bridge at sunset.',
      findings: [{ messageId: 'reuse', span: 'No idea who took this' }],
    },
    {
      text: 'No copyright intended, all credit to the original owner.',
      findings: [
        { messageId: 'reuse', span: 'No copyright intended' },
        { messageId: 'reuse', span: 'all credit to the original owner' },
      ],
    },
    {
      text: 'Not my photo, but it shows the potholes perfectly.',
      findings: [{ messageId: 'reuse', span: 'Not my photo', message: REUSE }],
    },
    {
      text: 'The music is a Coldplay song I downloaded, hope that’s OK.',
      findings: [{ messageId: 'reuse', span: 'music is a Coldplay song I downloaded, hope that’s OK' }],
    },
    // Signs beyond the fixed phrases: unknown owners, picture sites, scans, broadcast grabs, unasked use, songs, paywalls.
    {
      text: 'Lovely old postcard of the pier for the header, artist unknown.',
      findings: [{ messageId: 'reuse', span: 'artist unknown', message: REUSE }],
    },
    {
      text: 'Pinterest had the perfect picture for our newsletter banner.',
      findings: [{ messageId: 'reuse', span: 'Pinterest' }],
    },
    {
      text: 'Found it on Google Images, perfect for the leaflet.',
      findings: [{ messageId: 'reuse', span: 'Found it on Google Images' }],
    },
    {
      text: 'Photocopied the Echo’s cartoon for the ward newsletter, it’s spot on.',
      findings: [{ messageId: 'reuse', span: 'Photocopied the Echo’s cartoon' }],
    },
    {
      text: 'Still from last night’s ITV news showing the queue at the tip.',
      findings: [{ messageId: 'reuse', span: 'Still from last night’s ITV' }],
    },
    {
      text: 'Using Dan’s drone photo from his Instagram on the leaflet. Didn’t ask him, he won’t mind.',
      findings: [{ messageId: 'reuse', span: 'Didn’t ask him' }],
    },
    {
      text: 'Nabbed this photo off the Quayside Memories group, what a view.',
      findings: [{ messageId: 'reuse', span: 'Nabbed this photo off' }],
    },
    {
      text: 'Saved these pictures off the Echo’s website for the display board.',
      findings: [{ messageId: 'reuse', span: 'Saved these pictures off' }],
    },
    {
      text: 'Our campaign video is set to Don’t Stop Me Now 🎶 hope Queen don’t mind!',
      findings: [
        { messageId: 'reuse', span: 'video is set to' },
        { messageId: 'reuse', span: 'hope Queen don’t mind' },
      ],
    },
    {
      text: 'Whole article pasted below for those without a subscription.',
      findings: [{ messageId: 'text', span: 'pasted below for those without', message: TEXT }],
    },
    {
      text: 'Nicked this off the Kestrelford Memories Facebook group, what a view.',
      findings: [{ messageId: 'reuse', span: 'Nicked this off the Kestrelford Memories Facebook group' }],
    },
    {
      text: 'Credit to whoever took this, stunning.',
      findings: [{ messageId: 'reuse', span: 'whoever took this' }],
    },
    // Someone else's writing.
    {
      text: 'Reproduced the Herald’s whole editorial below so you can see what they said.',
      findings: [{ messageId: 'text', span: 'Reproduced the Herald’s whole editorial below' }],
    },
    {
      text: 'Here’s the full text of the Echo’s article on the Carr Lane closure, copied and pasted for those without a subscription.',
      findings: [
        { messageId: 'text', span: 'Here’s the full text of', message: TEXT },
        { messageId: 'text', span: 'copied and pasted' },
      ],
    },
    {
      text: 'Screenshot of the Herald’s paywalled article so you don’t have to pay.',
      findings: [
        { messageId: 'text', span: 'Screenshot of the Herald’s paywalled article' },
        { messageId: 'text', span: 'so you don’t have to pay' },
      ],
    },
    {
      text: 'Scanned in the whole of the Echo’s supplement on the regeneration plans.',
      findings: [{ messageId: 'text', span: 'Scanned in the whole of' }],
    },
    {
      text: `The Echo’s editorial this morning: ${EDITORIAL} Well said.`,
      name: 'a long quotation',
      findings: [{ messageId: 'long', span: EDITORIAL, start: 35, message: LONG }],
    },
    // Round 6: a third-party work with where it came from, how it was got, or doubt about whose it is.
    {
      text: "Image: BBC News. Shows how high the river got at the weir.",
      findings: [{ span: "Image: BBC News" }],
    },
    {
      text: "Pic via the Evening Post, look at the queue at the tip.",
      findings: [{ span: "Pic via the Evening Post" }],
    },
    {
      text: "Used a Getty image on our leaflet, nobody will notice.",
      findings: [{ span: "Getty image" }],
    },
    {
      text: "I've put the Guardian's photo of the march on our campaign poster.",
      findings: [{ span: "the Guardian's photo" }],
    },
    {
      text: "Not sure who took this but it's a stunning photo of the abbey.",
      findings: [{ span: "Not sure who took this" }],
    },
    {
      text: "Photographer unknown, but what a view of the marina!",
      findings: [{ span: "Photographer unknown" }],
    },
    {
      text: "Spotted this aerial shot of the canal on someone's Insta, no idea whose.",
      findings: [{ span: "Spotted this aerial shot of the canal on someone's Insta" }],
    },
    {
      text: "Our ward video uses a Coldplay track as the backing, hope nobody minds.",
      findings: [{ span: "uses a Coldplay track" }, { span: "hope nobody minds" }],
    },
    {
      text: "I've set our litter-pick video to an Elbow song, hope the label doesn't come after me!",
      findings: [{ span: "set our litter-pick video to" }, { span: "hope the label doesn't come after" }],
    },
    {
      text: "This is the Herald's drone shot of the floods, I've screenshotted it for you.",
      findings: [{ span: "the Herald's drone shot" }, { span: "screenshotted it" }],
    },
    {
      text: "I think this came from the Echo but anyway here's the pic.",
      findings: [{ span: "this came from the Echo" }],
    },
    {
      text: "Pic isn't mine, saw it in a Facebook group.",
      findings: [{ span: "isn't mine" }],
    },
    {
      text: "Here's the text of the Chronicle piece, copied in full.",
      findings: [{ span: "copied in full" }],
    },
    {
      text: "Screenshot of the Argus piece below as half of you won't get past the paywall.",
      findings: [{ span: "Screenshot of the Argus piece below as half of you won't get past the paywall" }],
    },
    {
      text: "Copied this word for word off the civic society's website, they put it so well.",
      findings: [{ span: "Copied this word for word" }],
    },
    {
      text: "Someone else's photo, but it shows the pothole perfectly.",
      findings: [{ span: "Someone else's photo" }],
    },
    {
      text: "Someone posted this in the residents group and I've reshared it here without asking.",
      findings: [{ span: "without asking" }],
    },
    {
      text: "Cartoon by an artist whose name I can't find, sharing anyway.",
      findings: [{ span: "whose name I can't find" }],
    },
    {
      text: 'got this off fb, dunno who took it but it’s class',
      findings: [{ messageId: 'reuse', span: 'dunno who took it' }],
    },
    {
      text: 'Video’s not mine btw, someone sent it me from TikTok.',
      findings: [{ messageId: 'reuse', span: 'not mine' }],
    },
    {
      text: 'Lifted the whole Gazette piece and posted it on our website.',
      findings: [{ messageId: 'text', span: 'Lifted the whole Gazette piece' }],
    },
  ],
});
