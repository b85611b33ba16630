/**
 * Common given names in England and Wales (ONS baby-name tables across the decades, plus
 * common Welsh, Irish, Scottish, South Asian and Eastern European names), so "Kevin, you're…",
 * "Tyler (14)" and "Dean Corrigan" are recognised as people. Lower case.
 */
export const GIVEN_NAMES = new Set(
  `aaron abby abdul abdullah abigail abu adam adrian agnes ahmed aidan aiden aisha alan alana albert alex alexander
  alexandra alfie alfred ali alice alicia alison amanda amara amber amelia amir amit amy ana andrea andrew andy
  angela angharad anita ann anna anne annie anthony antonio archie arjun arthur ashley asif aurora ava barbara barry
  beatrice bella ben benjamin bethan beth bethany betty bev beverley bill billy blessing bob bobby bogdan bradley brandon
  brenda brian bridget bryn callum cameron carl carly carol caroline carys catherine cerys charles charlie charlotte chelsea cheryl
  chloe chris christian christine christopher claire clare colin connor craig crystal cyril dafydd daisy dale damian dan daniel
  danielle danny darren dave david dawn dean debbie deborah declan denise dennis derek dewi diana diane dominic donna
  doreen doris dorothy dylan eddie edith edward eileen elaine eleanor elena eli elijah elin elizabeth ella ellie elliot
  elsie emily emma emrys eric erin ethan eve evelyn ewan fatima fiona florence frances francesca frank freddie frederick
  freya gail gareth garry gary gavin gemma geoffrey george georgia geraint gerald gillian glenn gordon grace graham gwen
  gwyn gwyneth hannah harley harriet harrison harry harvey hassan hayley heather heledd helen henry hollie holly hugh hussain
  huw iain ian ibrahim ieuan ifan imran ioan irene isaac isabel isabella isabelle isla ivy jack jackie jackson
  jacob jade jake james jamie jan jane janet janice jasmine jason jay jayden jean jeff jennifer jenny jeremy
  jessica jill jim jimmy joan joanna joanne jodie joe joel john johnny jon jonathan jordan joseph josh joshua
  joy joyce judith judy julia julian julie justin kai karen kate katherine kathleen kathryn katie kayleigh keith kelly
  ken kenneth kerry kevin kieran kim kirsty kyle lauren laura layla leah lee leo leon lesley leslie lewis
  liam lily linda lindsay lisa liz lizzie logan lois lola louis louise lucas lucy luke lydia lynn lynne
  mabel mohammed mohammad muhammad madison maisie malcolm mandy marc marcus margaret maria marian marie marion mark martin mary
  mason matilda matt matthew maureen max megan mel melanie melissa mia michael michelle mike mildred millie miriam mohamed
  molly morgan nadia nancy naomi natalie natasha nathan neil niamh nicholas nick nicola nicole nigel noah norman olivia
  oliver olly omar oscar owen paige pam pamela patricia patrick paul paula pauline pearl peggy penny peter phil
  philip phoebe piotr poppy priya rachel rajesh ralph raymond ray rebecca reece rees reggie rhian rhiannon rhodri rhys
  richard rick rita rob robert robin rod roger ron ronald ronnie rose rosie ross ruby rupert russell ruth
  ryan sadie sally sam samantha samuel sandra sara sarah scarlett scott sean seren shane shannon sharon shaun sheila
  shirley sian simon sioned sofia sonia sophia sophie stacey stanley stella stephanie stephen steve steven stuart sue susan
  suzanne sylvia tanya tara teresa terry theo theodore thomas tim timothy tina toby tom tomasz tommy tony tracey
  tracy trevor tyler valerie vanessa vera veronica vicky victor victoria vincent violet wayne wendy wiktoria will william willow
  yasmin yusuf zac zachary zain zara zoe ada agatha alma annette audrey avril beryl blanche carole cecilia clara
  constance cynthia daphne deirdre delia dolly dora edie edna enid esther ethel eunice flora freda gertrude gladys glenys
  gwendolen gwladys hazel hilda ida iris isobel josephine lilian lillian lorna madge marjorie maud mavis minnie muriel myrtle
  nellie nora norma olive phyllis primrose queenie rosemary sybil thelma una winifred yvonne archibald arnold bernard bertie cecil
  clarence clifford clive desmond donald douglas ernest eustace fred gilbert harold herbert horace howard hubert ivor lawrence leonard
  lionel maurice mervyn neville percy reginald rodney roland roy sidney vernon walter wilfred aled alun carwyn catrin dai
  delyth eirian eirlys elen emlyn emyr ffion glyn goronwy gruffydd gwilym hywel idris iestyn ifor iolo lowri mared
  meinir meirion nia nerys osian owain siân tegan tomos wyn aoife ciaran ciara eamon eoin fergus fionn grainne
  niall oisin padraig roisin seamus siobhan aaliyah adil afzal ahmad akbar amina anwar arif asad asim ayesha azhar
  bilal fahad farah faisal farhan hamza hanif hina irfan jamal javed kamran khalid mariam naveed nadeem nasir nazia
  noor rafiq rashid rehana sadia saima salma samina shabana shahid shazia sohail tahir tariq uzma waqar zahid zainab
  zubair anil deepak gurpreet harjit jaspreet kiran manjit meena neha pooja rahul raj ravi rohan sanjay sunil sunita
  vijay agnieszka aleksandra andrzej dorota ewa grzegorz jakub kamil katarzyna krzysztof magdalena malgorzata marek marta michal monika pawel
  wojciech andrei cristina daniela florin gabriela ioana ion mihai radu stefan vasile adebayo chidi chinedu emeka femi funmilayo
  ngozi obinna tunde yemi kwame kofi ama abdi asha faduma hodan
  jas jaswinder harpreet manpreet kuldip kuldeep baljit balvinder parminder sukhvinder rajinder narinder jagdeep amrit navdeep inderjit simran pardeep hardeep ranjit satnam gurdip sukhdev chen wei li ming xiao jun hui yan ling mei jing hao oluwaseun olu seun funmi chioma kojo abena yaw folake bola tobi dayo segun amaka ifeoma uche ebony gethin eleri iwan gwenllian branwen ceri meleri llinos nasreen rubina farzana tahira sajid pervez shakeel usman umar ismail abdirahman hussein ayaan halima khadija maryam sumaya sana hira rabia iqra anum ajay ramesh suresh dinesh mahesh prakash ashok vinod arun vikram nikhil manoj sachin anjali deepa geeta nisha rekha seema meera shanti kavita lakshmi divya usha hema zofia lukasz dariusz andreea ionut vlad bogdana marius cosmin valentina giulia alessandro giuseppe luca matteo marco lorenzo orla sinead cian colm hamish morag ailsa eilidh mhairi iona euan fraser angus alasdair tyrone leroy delroy winston errol marcia claudette`.split(/\s+/),
);
