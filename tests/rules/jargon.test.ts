import rule from '../../rules/jargon';
import { GENERIC_COUNCIL } from '../../src/config/generic';
import type { CouncilSettings } from '../../src/config/types';
import { ruleTester } from '../helpers/rule-tester';

/** A council with its own acronyms on top of the built-in list. */
const BROOKSIDE: CouncilSettings = {
  ...GENERIC_COUNCIL,
  name: 'Brookside District Council',
  shortName: 'Brookside',
  acronyms: {
    ...GENERIC_COUNCIL.acronyms,
    BLT: 'Brookside Leisure Trust',
    NRP: 'Northdale Regeneration Partnership',
  },
};

ruleTester(rule, {
  valid: [
    // Acronyms the list does not know, Welsh bodies and council-speak; words in capitals, registrations and well-known acronyms left alone.
    "This is NOT acceptable and I will say so at full council.",
    "FREE swimming for kids this half term!",
    "Great to see the RNLI crew and the RSPB volunteers on the beach today.",
    "Our AGM is on Tuesday at the WI hall.",
    "BINS NOT COLLECTED AGAIN ON ELM GROVE!",
    "The ward surgery is at the library, postcode NG5 2AB.",
    "Van reg YX73 KLM seen dumping.",
    "Natural Resources Wales (NRW) have cleared the culvert.",
    "Thanks to the PCSOs and the CCTV team.",
    "Diolch i bawb! CROESO i'r ŵyl.",
    "Meeting Sir Keir at PMQs was a highlight, said no one.",
    "Food bank is low on pasta and UHT milk.",
    "Someone sprayed 'P*KIS OUT' on the shelter; reported as a hate incident.",
    // Ordinary words and well-known acronyms.
    'Please send me your photos of the flooding on Mill Lane.',
    'Our cat is called Send.',
    'If you can’t get a GP appointment, call NHS 111.',
    'The CCTV on Carr Lane is working again, says the PCSO.',
    // Explained in brackets, either way round, or the plain phrase used in the post.
    'The HMO (house in multiple occupation) licence for 14 Elm Grove has been refused.',
    'A house in multiple occupation (HMO) needs a licence if five or more people live there.',
    'Community Infrastructure Levy (CIL) money will pay for the new footpath.',
    'We are tackling anti-social behaviour in the park; ASB reports are down 20%.',
    'The money developers pay towards local services, known as S106, will fund the play area.',
    'I asked the s151 officer (the council’s chief finance officer) about the budget gap.',
    'Check whether your job needs planning permission or counts as permitted development (building work that needs no planning application).',
    // Plain words for the same things.
    'The tip on Mill Road is open on Sundays from April.',
    'Money set aside to repay debt is going up this year.',
    // Capitals that are shouting, not acronyms; links and hashtags.
    'PLEASE SEND ME YOUR PHOTOS OF THE FLOODING.',
    'Find out more at northdale.gov.uk/send-support or #SENDsupport.',
    // A council's own acronym explained in place.
    { text: 'The Brookside Leisure Trust (BLT) runs the pool.', council: BROOKSIDE, name: 'council acronym explained' },
    // Off at relaxed.
    { text: 'The S106 money will pay for the play park.', strictness: 'relaxed', name: 'off at relaxed' },
  ],
  invalid: [
    // Acronyms the list does not know, Welsh bodies and council-speak; words in capitals, registrations and well-known acronyms left alone.
    { text: "Walkabout with NRW and DCWW on the outfall this morning.", findings: [{ messageId: "acronym", span: "NRW" }, { messageId: "acronym", span: "DCWW" }], output: "Walkabout with NRW (Natural Resources Wales) and DCWW (Welsh Water) on the outfall this morning." },
    { text: "Site meeting with the PMO and the ORP partners tomorrow.", findings: [{ messageId: "unknownAcronym", span: "PMO" }, { messageId: "unknownAcronym", span: "ORP" }] },
    { text: "Members' enquiry logged re s38 adoption of the estate roads. BAU otherwise.", findings: [{ messageId: "acronym", span: "s38" }, { messageId: "acronym", span: "BAU" }], output: "Members' enquiry logged re s38 (road adoption agreement) adoption of the estate roads. BAU (business as usual) otherwise." },
    { text: "The affordable housing was cut after a VA. I've asked for the VA to be published.", findings: [{ messageId: "acronym", span: "VA" }], output: "The affordable housing was cut after a VA (viability assessment). I've asked for the VA to be published." },
    { text: "Retrofit programme delivered through our ECO4 and ORP partnerships.", findings: [{ messageId: "acronym", span: "ECO4" }, { messageId: "unknownAcronym", span: "ORP" }], output: "Retrofit programme delivered through our ECO4 (the ECO4 energy-saving grant scheme) and ORP partnerships." },
    { text: "Officers are progressing a holistic, place-based co-production approach, with a stakeholder mapping exercise to follow.", findings: [{ messageId: "acronym", span: "holistic, place-based" }, { messageId: "acronym", span: "co-production" }, { messageId: "acronym", span: "stakeholder mapping" }], output: "Officers are progressing a holistic, place-based (joined-up approach) co-production (working it out with residents) approach, with a stakeholder mapping (working out who to talk to) exercise to follow." },
    { text: "The JSNA and the CYP plan both say the same thing.", findings: [{ messageId: "acronym", span: "JSNA" }, { messageId: "unknownAcronym", span: "CYP" }], output: "The JSNA (local health needs study) and the CYP plan both say the same thing." },
    // Without the council's list, a council's own acronym is still an acronym, with no plain phrase to offer.
    { text: 'The BLT has agreed to keep the pool open until 9pm.', findings: [{ messageId: 'unknownAcronym', span: 'BLT', message: '“BLT” may mean nothing to residents; spell it out the first time you use it.' }] },
    {
      text: 'Good news: the S106 money from the Lowfield development will pay for the new play area.',
      findings: [
        {
          messageId: 'acronym',
          span: 'S106',
          start: 15,
          end: 19,
          message: '“S106” may mean nothing to residents; say “money developers pay towards local services”.',
        },
      ],
      output: 'Good news: the S106 (money developers pay towards local services) money from the Lowfield development will pay for the new play area.',
    },
    {
      text: 'The new HMO on Elm Grove has been reported to the PRS team.',
      findings: [
        { messageId: 'acronym', span: 'HMO' },
        { messageId: 'acronym', span: 'PRS', message: '“PRS” may mean nothing to residents; say “private rented sector”.' },
      ],
      output: 'The new HMO (house in multiple occupation) on Elm Grove has been reported to the PRS (private rented sector) team.',
    },
    {
      text: 'We’re consulting on a PSPO for the town centre to tackle ASB.',
      findings: [
        { messageId: 'acronym', span: 'PSPO' },
        { messageId: 'acronym', span: 'ASB' },
      ],
      output: 'We’re consulting on a PSPO (public spaces protection order) for the town centre to tackle ASB (anti-social behaviour).',
    },
    {
      text: 'SEND transport is still letting families down; I’ve raised it again at O&S.',
      findings: [
        { messageId: 'acronym', span: 'SEND' },
        { messageId: 'acronym', span: 'O&S' },
      ],
      output:
        'SEND (special educational needs and disabilities) transport is still letting families down; I’ve raised it again at O&S (overview and scrutiny).',
    },
    {
      text: 'Parents: if your child has an EHCP, the annual review must happen every year.',
      findings: [{ messageId: 'acronym', span: 'EHCP' }],
      output: 'Parents: if your child has an EHCP (education, health and care plan), the annual review must happen every year.',
    },
    {
      text: 'The TRO for double yellows on Carr Lane is out for consultation.',
      findings: [{ messageId: 'acronym', span: 'TRO' }],
      output: 'The TRO (legal order to change traffic or parking rules) for double yellows on Carr Lane is out for consultation.',
    },
    {
      text: 'The LTN trial on Mill Lane ends in June.',
      findings: [{ messageId: 'acronym', span: 'LTN', message: '“LTN” may mean nothing to residents; say “low traffic neighbourhood”.' }],
      output: 'The LTN (low traffic neighbourhood) trial on Mill Lane ends in June.',
    },
    {
      text: 'The council’s s151 officer has warned about the budget gap.',
      findings: [{ messageId: 'acronym', span: 's151' }],
      output: 'The council’s s151 (chief finance officer) officer has warned about the budget gap.',
    },
    {
      text: 'HMOs on Elm Grove: two more applications this month. Another HMO was approved last week.',
      name: 'a term is flagged once per post',
      findings: [{ messageId: 'acronym', span: 'HMOs', start: 0, end: 4 }],
      output: 'HMOs (house in multiple occupation) on Elm Grove: two more applications this month. Another HMO was approved last week.',
    },
    {
      text: 'The NCIL pot will pay for new benches on the green.',
      findings: [{ messageId: 'acronym', span: 'NCIL' }],
      output: 'The NCIL (the neighbourhood share of the Community Infrastructure Levy) pot will pay for new benches on the green.',
    },
    {
      text: 'There’s a TPO on the oak behind the library, so it can’t be felled.',
      findings: [{ messageId: 'acronym', span: 'TPO', message: '“TPO” may mean nothing to residents; say “tree preservation order”.' }],
      output: 'There’s a TPO (tree preservation order) on the oak behind the library, so it can’t be felled.',
    },
    {
      text: 'Quick update for everyone in the ward about the park, the swings, the fencing and next year’s budget. Mae’r arian CIL yn dod i’r parc chwarae.',
      name: 'a Welsh sentence in an English paragraph: explained, no English rewrite',
      findings: [{ messageId: 'acronym', span: 'CIL' }],
    },
    // Council-speak phrases.
    {
      text: 'The Article 4 direction on Elm Grove will stop more houses being split into flats.',
      findings: [{ messageId: 'acronym', span: 'Article 4 direction' }],
      output:
        'The Article 4 direction (planning rule that removes the automatic right to make some changes) on Elm Grove will stop more houses being split into flats.',
    },
    {
      text: 'Planning permission for the extension was refused on the grounds of material considerations.',
      findings: [{ messageId: 'acronym', span: 'material considerations' }],
      output:
        'Planning permission for the extension was refused on the grounds of material considerations (the planning reasons that can count).',
    },
    {
      text: 'The Reg 19 consultation on the local plan opens on Monday.',
      findings: [{ messageId: 'acronym', span: 'Reg 19' }],
      output: 'The Reg 19 (final consultation on the local plan) consultation on the local plan opens on Monday.',
    },
    {
      text: 'The capital programme has been cut by £2m.',
      findings: [{ messageId: 'acronym', span: 'capital programme' }],
      output: 'The capital programme (the council’s spending plan for buildings, roads and equipment) has been cut by £2m.',
    },
    {
      text: 'Tenants will be decanted while the blocks are refurbished.',
      findings: [{ messageId: 'acronym', span: 'decanted' }],
      output: 'Tenants will be decanted (moved out temporarily) while the blocks are refurbished.',
    },
    {
      text: 'Revenue budget pressures mean the library hours are under review.',
      name: 'council-speak at the start of a sentence',
      findings: [{ messageId: 'acronym', span: 'Revenue budget' }],
      output: 'Revenue budget (day-to-day budget) pressures mean the library hours are under review.',
    },
    // The council's own acronyms.
    {
      text: 'The BLT has agreed to keep the pool open until 10pm on Fridays.',
      council: BROOKSIDE,
      name: 'council acronym',
      findings: [{ messageId: 'acronym', span: 'BLT', message: '“BLT” may mean nothing to residents; say “Brookside Leisure Trust”.' }],
      output: 'The BLT (Brookside Leisure Trust) has agreed to keep the pool open until 10pm on Fridays.',
    },
    {
      text: 'Two new NRPs are planned for the town centre.',
      council: BROOKSIDE,
      name: 'council acronym, plural',
      findings: [{ messageId: 'acronym', span: 'NRPs' }],
      output: 'Two new NRPs (Northdale Regeneration Partnership) are planned for the town centre.',
    },
    {
      text: 'The BLT and the ASB team met residents on Carr Lane.',
      council: BROOKSIDE,
      name: 'council and built-in acronyms together',
      findings: [
        { messageId: 'acronym', span: 'BLT' },
        { messageId: 'acronym', span: 'ASB' },
      ],
      output: 'The BLT (Brookside Leisure Trust) and the ASB (anti-social behaviour) team met residents on Carr Lane.',
    },
    {
      text: 'The MUGA on the rec is finally open, and the SAB has the report.',
      findings: [
        { messageId: 'acronym', span: 'MUGA', message: '“MUGA” may mean nothing to residents; say “multi-use games area”.' },
        { messageId: 'acronym', span: 'SAB', message: '“SAB” may mean nothing to residents; say “safeguarding adults board”.' },
      ],
      output: 'The MUGA (multi-use games area) on the rec is finally open, and the SAB (safeguarding adults board) has the report.',
    },
    {
      text: 'I have complained to the LGO and sent an EIR and a SAR.',
      findings: [{ messageId: 'acronym', span: 'LGO' }, { messageId: 'acronym', span: 'EIR' }, { messageId: 'acronym', span: 'SAR' }],
      output: 'I have complained to the LGO (the Local Government Ombudsman) and sent an EIR (request for environmental information) and a SAR (request for the personal data held about you).',
    },
  ],
});
