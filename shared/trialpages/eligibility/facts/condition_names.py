"""Plain names of the health conditions the criteria name: "myocardial infarction" -> "a heart attack".

A curated table, read whole: a name is looked up as the full phrase the study wrote (any case, any
common spelling; abbreviations only in their own case: "MI", never "mi"), never by swapping words
inside a longer phrase. A condition not in the table is not named plainly, and the sentence that
names it stays in the study's own words.

Each line of the table is `plain name | kinds | spellings; ...`:
- the plain name as it follows "You have" or "You have had", with its article ("a heart attack");
- kinds: E an event, something that happens ("You have had a heart attack", never "You have a heart
  attack"); S a surgery, never an example of a kind of disease; P a plural name ("seizures": "that
  cause symptoms"); F a name no adjective may go before ("trouble getting or keeping an erection"); D
  a name whose degree is said before it as an adverb ("severely reduced kidney function": "insufficiency"
  is the organ not working well enough, which "severe kidney problems" would widen); - none;
- the spellings: lower case unless an abbreviation, which matches only in its own case.

Where a medical word must stay (no plain name says the same), the name keeps it and the glossary
explains it ("Peyronie's disease").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trialpages.eligibility.matching import PhraseIndex

_TABLE = """
# Heart and blood vessels
a heart attack that damaged the full thickness of the heart wall (transmural myocardial infarction) | EF | transmural myocardial infarction; transmural MI
a heart attack | E | myocardial infarction; myocardial infarctions; acute myocardial infarction; heart attack; heart attacks; MI; AMI; myocardial infarct; myocardial infraction
a stroke | E | stroke; strokes; cerebrovascular accident; cerebrovascular accidents; cerebral vascular accident; CVA; cerebral infarction; cerebrovascular stroke
a stroke caused by a blocked blood vessel (ischemic stroke) | E | ischemic stroke; ischaemic stroke; cerebral ischemic infarction; ischemic cerebral infarction
a sudden stroke caused by a blocked blood vessel (acute ischemic stroke) | EF | acute ischemic stroke; acute ischaemic stroke
a mini-stroke (TIA) | E | transient ischemic attack; transient ischemic attacks; transient ischaemic attack; TIA; TIAs; mini-stroke
a stroke or mini-stroke (TIA) | EF | stroke or transient ischemic attack; stroke/TIA; stroke or TIA; cerebrovascular accident or transient ischemic attack; CVA/TIA; stroke/transient ischemic attack
disease of the blood vessels in the brain | - | cerebrovascular disease; cerebrovascular diseases; cerebrovascular disorder; cerebral vascular disease
high blood pressure | - | hypertension; arterial hypertension; systemic arterial hypertension; systemic hypertension; high blood pressure; essential hypertension; HTN
low blood pressure | - | hypotension; low blood pressure
low blood pressure when you stand up | F | orthostatic hypotension; postural hypotension
low blood pressure at rest | F | resting hypotension
a sudden, dangerous rise in blood pressure | E | hypertensive crisis; hypertensive emergency
high blood pressure in the lungs | F | pulmonary hypertension; pulmonary arterial hypertension
dangerously high blood pressure that harms the organs (malignant hypertension) | F | malignant hypertension; malignant arterial hypertension
angina | - | angina; angina pectoris
unstable angina | - | unstable angina; unstable angina pectoris
angina during sex | - | angina during sexual intercourse; angina occurring during sexual intercourse; angina during intercourse; angina pectoris during intercourse; angina pectoris during sexual intercourse
heart bypass surgery (coronary artery bypass graft) | EFS | coronary artery bypass graft; coronary artery bypass grafts; coronary artery bypass graft surgery; coronary artery bypass grafting; coronary artery bypass surgery; coronary bypass surgery; coronary bypass; CABG
bypass surgery on the arteries of the heart or of the legs or arms (coronary or peripheral artery bypass graft) | EFS | coronary/peripheral artery bypass graft; coronary/peripheral artery bypass grafting; coronary artery/peripheral artery bypass graft; coronary or peripheral artery bypass graft
a procedure to open a blocked heart artery (percutaneous coronary intervention) | EFS | percutaneous coronary intervention; percutaneous coronary interventions; PCI; percutaneous transluminal coronary angioplasty; PTCA; coronary angioplasty
heart failure | - | heart failure; cardiac failure; congestive heart failure; congestive heart disease; congestive cardiac failure; CHF; cardiac insufficiency; heart insufficiency; heart failures; heart-failure; congestive heart-failure
heart failure that has suddenly got worse (acute decompensated heart failure) | EF | acute decompensated heart failure; decompensated heart failure; ADHF
heart disease from narrowed arteries (coronary artery disease) | - | coronary artery disease; coronary heart disease; CAD; CHD; ischemic heart disease; ischaemic heart disease; coronary disease
heart problems | P | heart problems; cardiac problems
reduced heart function | D | cardiac dysfunction; heart dysfunction
heart disease | - | heart disease; cardiac disease; heart pathology; cardiac pathology; heart diseases; cardiac diseases; cardiac disorder; cardiac disorders; heart disorder; cardiac condition; cardiac conditions; heart condition; heart conditions
heart or blood vessel disease | - | cardiovascular disease; cardiovascular diseases; cardiovascular disorder; cardiovascular disorders; cardiovascular condition; cardiovascular conditions; CVD; cardio-vascular disease
blood vessel disease | - | vascular disease; vascular diseases; vascular disorder
an abnormal heart rhythm | - | arrhythmia; cardiac arrhythmia; arrythmia; cardiac arrythmia; heart arrhythmia; dysrhythmia; cardiac dysrhythmia; abnormal heart rhythm
abnormal heart rhythms | P | arrhythmias; cardiac arrhythmias; heart arrhythmias; dysrhythmias; cardiac dysrhythmias
atrial fibrillation | - | atrial fibrillation; AF; AFib; A-fib
atrial fibrillation or flutter | - | atrial fibrillation/flutter; atrial fibrillation or flutter; atrial fibrillation or atrial flutter
atrial flutter | - | atrial flutter
a slow heartbeat | - | bradycardia
a fast heartbeat | - | tachycardia
a heart block | - | heart block; atrioventricular block; AV block
disease of the heart muscle | F | cardiomyopathy; cardiomyopathies
swelling of the heart muscle (myocarditis) | - | myocarditis
swelling of the sac around the heart (pericarditis) | - | pericarditis
a heart problem you were born with | F | congenital heart disease; congenital heart defect; congenital heart defects
heart valve disease | - | valvular heart disease; heart valve disease; valvular disease; valve disease
a cardiac arrest | E | cardiac arrest; sudden cardiac arrest; cardiopulmonary arrest
long QT syndrome | - | long QT syndrome; long QT
long QT syndrome that you were born with | - | congenital long QT syndrome; congenital QT prolongation; congenital long QT
narrowed arteries in the legs or arms | PF | peripheral arterial disease; peripheral artery disease; peripheral vascular disease; PAD; PVD; peripheral arterial occlusive disease
a blood clot in a deep vein (DVT) | EF | deep vein thrombosis; deep venous thrombosis; DVT
a blood clot in your lungs | EF | pulmonary embolism; pulmonary embolus; pulmonary emboli; pulmonary embolism (PE)
a blood clot in a vein | E | venous thrombosis
blood clots in the legs | PEF | thrombosis of lower extremities; thrombosis of the lower extremities; thrombosis of the lower limbs; lower extremity thrombosis; lower limb thrombosis
a blood clot in a vein, such as in the leg or in the lungs (VTE) | EF | venous thromboembolism; VTE
a blood clot | E | thrombosis; blood clot; thromboembolism; thromboembolic event; thromboembolic events; thrombotic event; thrombotic events; thromboembolic disease
a bulging blood vessel (aneurysm) | E | aneurysm
a tear in the wall of the body's main artery (dissecting aneurysm) | EF | dissecting aneurysm; aortic dissection; dissecting aortic aneurysm
swelling of the arteries of the head, often at the temples (temporal arteritis) | F | temporal arteritis; giant cell arteritis
fainting spells | P | syncope; fainting; fainting spells
a heart murmur | - | heart murmur

# Brain and nerves
epilepsy | - | epilepsy
seizures | P | seizures; seizure; convulsions; fits
a seizure disorder | - | seizure disorder; seizure disorders; convulsive disorder
a problem where the lower part of the brain pushes down into the spinal canal (Arnold-Chiari malformation) | F | arnold-chiari malformation; chiari malformation
an injury to your spinal cord from an accident or a blow (traumatic spinal cord injury) | EF | traumatic spinal cord injury; traumatic spinal cord injuries
an injury to your spinal cord | E | spinal cord injury; spinal cord injuries; SCI; spinal cord lesion; spinal cord trauma
an injury to your spine | E | spinal trauma; spine injury; spinal injury
a broken bone in the spine | - | spinal fracture; vertebral fracture; spine fracture; vertebral body fracture
an injury to your brain or spinal cord | E | central nervous system injury; CNS injury
injuries to your brain or spinal cord | EP | central nervous system injuries; CNS injuries
an injury to your brain | E | brain injury; traumatic brain injury; TBI; brain trauma
an injury to your head | E | head injury; head trauma; head injuries
pressure on the spinal cord | F | spinal cord compression
multiple sclerosis | - | multiple sclerosis
multiple sclerosis that comes in attacks (relapsing multiple sclerosis) | F | relapsing multiple sclerosis; relapsing forms of multiple sclerosis; relapsing-remitting multiple sclerosis; relapsing remitting multiple sclerosis; RRMS; RMS
Parkinson's disease | - | parkinson's disease; parkinson disease; parkinsons disease; parkinson's
Parkinson's disease with no other known cause (idiopathic Parkinson's disease) | F | idiopathic parkinson's disease; idiopathic parkinson disease
Alzheimer's disease | - | alzheimer's disease; alzheimer disease
dementia | - | dementia
problems with memory or thinking | F | cognitive impairment; cognitive dysfunction; cognitive decline; cognitive disorder
a disease of the brain or nerves | - | neurological pathology; neurologic pathology; neurological disease; neurological disorder; neurologic disease; neurologic disorder; neurological condition; neurological illness
diseases of the brain or nerves | P | neurological diseases; neurological disorders; neurologic diseases; neurologic disorders; neurological conditions
nerve damage | - | neuropathy; nerve damage
damage to many nerves, often in the hands and feet (polyneuropathy) | F | polyneuropathy; polyneuropathies
nerve damage in the arms or legs (peripheral neuropathy) | F | peripheral neuropathy; peripheral polyneuropathy
migraines | P | migraine; migraines; migraine headache; migraine headaches
migraines, with or without warning signs before the headache (aura) | PF | migraine with or without aura; migraine with or without aura; migraines with or without aura
headaches caused by taking headache medicine too often (medication overuse headache) | PF | medication overuse headache; medication-overuse headache; medication overuse headaches; MOH
chronic migraine | - | chronic migraine
episodic migraine | - | episodic migraine
cluster headaches | P | cluster headache; cluster headaches
episodic cluster headaches | P | episodic cluster headache; episodic cluster headaches
chronic cluster headaches | P | chronic cluster headache; chronic cluster headaches
a headache | - | headache
headaches | P | headaches
a brain tumor | - | brain tumor; brain tumour; brain tumors; brain tumours
bleeding in the brain | F | intracranial hemorrhage; intracranial haemorrhage; intracranial bleeding; cerebral hemorrhage; brain hemorrhage; brain bleed; hemorrhagic stroke; haemorrhagic stroke
myasthenia gravis | - | myasthenia gravis
sleep apnea | - | sleep apnea; sleep apnoea; obstructive sleep apnea; obstructive sleep apnoea; OSA
cauda equina syndrome | F | cauda equina syndrome; cauda equine syndrome
paralysis | - | paralysis; paraplegia; quadriplegia; tetraplegia

# Mental health
depression | - | depression; depressive disorder
major depression | - | major depression; major depressive disorder; MDD
an anxiety disorder | - | anxiety disorder
anxiety | - | anxiety
bipolar disorder | - | bipolar disorder; bipolar affective disorder; manic-depressive illness
schizophrenia | - | schizophrenia
psychosis | - | psychosis; psychotic disorder
psychotic disorders | P | psychotic disorders
a serious mental health condition | - | major psychiatric illness; major psychiatric disorder; major psychiatric disease; major mental illness; serious mental illness
a mental health condition | - | psychiatric disorder; psychiatric illness; psychiatric disease; psychiatric condition; mental illness; mental disorder; mental health disorder; mental health condition; psychiatric pathology
mental health conditions | P | psychiatric disorders; psychiatric illnesses; psychiatric diseases; psychiatric conditions; mental illnesses; mental disorders; mental health disorders; mental health conditions
thoughts of suicide | P | suicidal ideation; suicidal thoughts; suicidal thinking
a suicide attempt | E | suicide attempt; suicidal attempt; attempted suicide
an eating disorder | - | eating disorder
an eating disorder in which you eat far too little (anorexia nervosa) | F | anorexia nervosa
an eating disorder in which you eat a lot at once and then try to get rid of the food (bulimia nervosa) | F | bulimia nervosa; bulimia
post-traumatic stress disorder (PTSD) | - | post-traumatic stress disorder; posttraumatic stress disorder; PTSD
obsessive-compulsive disorder | - | obsessive-compulsive disorder; obsessive compulsive disorder; OCD
panic disorder | - | panic disorder
a problem with alcohol | F | alcohol abuse; alcohol misuse; alcohol use disorder; problem drinking
an addiction to alcohol | F | alcoholism; alcohol dependence; alcohol addiction; alcohol dependency
a problem with drugs | F | drug abuse; drug misuse; illicit drug abuse
an addiction to drugs | F | drug addiction; drug dependence; drug dependency
a problem with drugs or alcohol | F | substance abuse; substance misuse; drug or alcohol abuse; alcohol or drug abuse; alcohol and/or drug abuse; drug and/or alcohol abuse; alcohol or substance abuse; substance or alcohol abuse; drug, alcohol, or substance abuse; drug, alcohol or substance abuse; alcohol, drug or substance abuse; alcohol, drug, or substance abuse; alcohol or other substance abuse; alcohol and/or substance abuse; substance and/or alcohol abuse; alcohol or illicit drug abuse
an addiction to drugs or alcohol | F | drug or alcohol addiction; alcohol or drug addiction; alcohol or drug dependence; drug or alcohol dependence; substance dependence; substance addiction; chemical dependency
a problem with drugs or alcohol (substance use disorder) | F | substance use disorder; substance use disorders

# Lungs
asthma | - | asthma
asthma with frequent symptoms, not only now and then (persistent asthma) | F | persistent asthma
COPD (a long-term lung disease) | F | chronic obstructive pulmonary disease; COPD; chronic obstructive lung disease
a disease that scars the lungs (interstitial lung disease) | F | interstitial lung disease; ILD
lung scarring (pulmonary fibrosis) | - | pulmonary fibrosis; lung fibrosis
lung scarring with no known cause (idiopathic pulmonary fibrosis) | - | idiopathic pulmonary fibrosis
lung swelling (pneumonitis) | - | pneumonitis
a cough that brings up blood (hemoptysis) | F | hemoptysis; haemoptysis
lung swelling caused by a medicine (drug-induced pneumonitis) | F | drug-induced pneumonitis; drug induced pneumonitis
lung scarring caused by a medicine (drug-induced interstitial lung disease) | F | drug-induced interstitial lung disease; drug-induced ILD; drug induced interstitial lung disease; drug-related interstitial lung disease
lung swelling caused by radiation treatment (radiation pneumonitis) | F | radiation pneumonitis; radiation-induced pneumonitis
lung swelling not caused by an infection (pneumonitis) | F | non-infectious pneumonitis; noninfectious pneumonitis; (non-infectious) pneumonitis; (noninfectious) pneumonitis; non infectious pneumonitis
lung swelling or scarring (pneumonitis or interstitial lung disease) | F | pneumonitis/interstitial lung disease; interstitial lung disease/pneumonitis; pneumonitis/ILD; ILD/pneumonitis; pneumonitis or interstitial lung disease; interstitial lung disease or pneumonitis; pneumonitis or ILD; ILD or pneumonitis
lung swelling or scarring not caused by an infection (pneumonitis or interstitial lung disease) | F | non-infectious pneumonitis/ILD; noninfectious pneumonitis/ILD; (noninfectious) pneumonitis/ILD; (non-infectious) pneumonitis/ILD; non-infectious ILD/pneumonitis; noninfectious ILD/pneumonitis; (noninfectious) ILD/pneumonitis; (non-infectious) ILD/pneumonitis; non-infectious pneumonitis/interstitial lung disease; noninfectious pneumonitis/interstitial lung disease; (noninfectious) pneumonitis/interstitial lung disease; (non-infectious) pneumonitis/interstitial lung disease; non-infectious interstitial lung disease/pneumonitis; (non-infectious) interstitial lung disease/pneumonitis
lung scarring and swelling (interstitial pneumonia) | F | interstitial pneumonia; interstitial pneumonitis
breathing problems | P | respiratory dysfunction; pulmonary dysfunction; breathing problems; respiratory problems
lung disease | - | lung disease; pulmonary disease; lung pathology; pulmonary pathology; lung diseases; pulmonary diseases; respiratory disease; respiratory diseases; lung disorder; pulmonary disorder; respiratory disorder
pneumonia | - | pneumonia
lung failure | - | respiratory failure; respiratory insufficiency; pulmonary insufficiency
fluid around the lungs | F | pleural effusion
emphysema | - | emphysema
bronchitis | - | bronchitis
cystic fibrosis | - | cystic fibrosis

# Kidneys and urinary tract
kidney failure | - | renal failure; kidney failure; end-stage renal disease; ESRD; end stage renal disease; end-stage kidney disease; end stage kidney disease
kidney problems | P | kidney problems; renal problems
reduced kidney function | D | renal impairment; renal insufficiency; renal dysfunction; kidney impairment; kidney dysfunction; kidney insufficiency; impaired renal function; impaired kidney function
kidney disease | - | kidney disease; renal disease; renal pathology; kidney pathology; kidney diseases; renal diseases; nephropathy; kidney disorder; renal disorder
long-term kidney disease | F | chronic kidney disease; CKD; chronic renal disease; chronic renal insufficiency
long-term kidney failure | F | chronic renal failure
kidney stones | P | kidney stones; kidney stone; nephrolithiasis; renal stones; renal calculi
stones in the kidneys or bladder | P | urolithiasis; urinary stones; urinary calculi
a urinary tract infection | - | urinary tract infection; UTI
urinary tract infections | P | urinary tract infections; UTIs
urinary tract infections that keep coming back | P | recurrent urinary tract infection; recurrent urinary tract infections; recurrent UTIs; recurrent UTI
a bladder infection | - | bladder infection; cystitis
a urinary tract or bladder infection | - | urinary tract or bladder infection
trouble emptying your bladder | F | urinary retention
leaking urine | F | urinary incontinence
blood in the urine | F | hematuria; haematuria
an enlarged prostate (BPH) | F | benign prostatic hyperplasia; benign prostatic hypertrophy; BPH; enlarged prostate; prostatic hyperplasia
swelling of the prostate (prostatitis) | - | prostatitis
a narrowed urethra (urethral stricture) | F | urethral stricture; urethral strictures
a neurogenic bladder (bladder problems from nerve damage) | F | neurogenic bladder
long-term bladder pain (interstitial cystitis) | F | interstitial cystitis; painful bladder syndrome; bladder pain syndrome

# Sex and erections
trouble getting or keeping an erection | - | erectile dysfunction; ED; impotence; erectile impotence; erectile dysfunction (impotence)
lifelong trouble getting or keeping an erection (primary erectile dysfunction) | F | primary erectile dysfunction; primary ED
trouble getting or keeping an erection caused by poor blood flow | F | vasculogenic erectile dysfunction; vasculogenic ED; vascular erectile dysfunction; arteriogenic erectile dysfunction
trouble getting or keeping an erection caused by stress or emotions | F | psychogenic erectile dysfunction; psychogenic ED; psychogenic impotence
trouble getting or keeping an erection caused by nerve damage | F | neurogenic erectile dysfunction; neurogenic ED
premature ejaculation | - | premature ejaculation
a leak in the veins of the penis that lets an erection fade (venous leak) | F | venous leak; venous leakage; veno-occlusive dysfunction; venoocclusive dysfunction
low sex drive that is not caused by another problem (primary hypoactive sexual desire) | F | primary hypoactive sexual desire; primary hypoactive sexual desire disorder
low sex drive | F | low libido; decreased libido; reduced libido; loss of libido; hypoactive sexual desire; hypoactive sexual desire disorder; low sexual desire; decreased sexual desire; reduced sexual desire
a sexual problem | - | sexual dysfunction
a bend in the penis from scar tissue (Peyronie's disease) | F | peyronie's disease; peyronie disease; peyronies disease; peyronies; peyronie's; la peyronie's disease; la peyronie disease
a bent penis | - | penile curvature; curvature of the penis
scar tissue in the penis | F | penile fibrosis
an abnormal shape or structure of the penis | - | penile deformity; penile deformities; penile anatomical abnormality; penile anatomical abnormalities; penile anatomical deformity; penile anatomical deformities; penile anatomical defects; anatomical deformity of the penis; anatomical deformities of the penis; anatomical malformation of the penis; anatomical malformations of the penis; penile malformation; penile abnormality; penile abnormalities; anatomical abnormalities of the penis
a broken penis (penile fracture) | E | penile fracture; fracture of the penis; penile fractures
a penile implant | - | penile implant; penile prosthesis; penile implants; penile prostheses; inflatable penile prosthesis
# Surgeries that can cause erection problems, named beside the conditions that can ("spinal cord injury or a radical
# prostatectomy", ED studies): what you have had, never an example of a disease.
surgery to remove the whole prostate (radical prostatectomy) | EFS | radical prostatectomy; radical prostatectomies
surgery to remove the whole prostate (total prostatectomy) | EFS | total prostatectomy
surgery to remove all or part of the prostate (prostatectomy) | EFS | prostatectomy; prostatectomies
an erection that would not go away for hours (priapism) | EF | priapism
low sex hormone levels (hypogonadism) | F | hypogonadism
low sex hormone levels caused by a problem in the testicles or ovaries (primary hypogonadism) | F | primary hypogonadism
low sex hormone levels caused by a problem in the brain's pituitary gland or hypothalamus (secondary hypogonadism) | F | secondary hypogonadism
high levels of the hormone prolactin | F | hyperprolactinemia; hyperprolactinaemia
retinitis pigmentosa | F | retinitis pigmentosa
sudden vision loss from poor blood flow to the eye's nerve (NAION) | EF | non-arteritic anterior ischemic optic neuropathy; nonarteritic anterior ischemic optic neuropathy; non-arteritic ischemic optic neuropathy; NAION; anterior ischemic optic neuropathy
sudden hearing loss | E | sudden hearing loss; sudden sensorineural hearing loss; sudden decrease or loss of hearing
hearing loss | - | hearing loss
a sexually transmitted infection | - | sexually transmitted disease; sexually transmitted infection; STD; STI; venereal disease
sexually transmitted infections | P | sexually transmitted diseases; sexually transmitted infections; STDs; STIs

# Liver and gut
liver disease | - | liver disease; hepatic disease; liver pathology; hepatic pathology; liver diseases; hepatic diseases; liver disorder; hepatic disorder; liver problems
long-term liver disease | F | chronic liver disease; chronic hepatic disease
reduced liver function | D | hepatic impairment; liver impairment; hepatic dysfunction; liver dysfunction; hepatic insufficiency; liver insufficiency; impaired hepatic function; impaired liver function
liver failure | - | liver failure; hepatic failure
liver scarring (cirrhosis) | - | cirrhosis; liver cirrhosis; cirrhosis of the liver; hepatic cirrhosis
hepatitis (swelling of the liver) | - | hepatitis
viral hepatitis | - | viral hepatitis
fatty liver disease | - | fatty liver disease; fatty liver; non-alcoholic fatty liver disease; nonalcoholic fatty liver disease; NAFLD
fluid build-up in the belly (ascites) | F | ascites
yellowing of the skin or eyes (jaundice) | F | jaundice
an ulcer in the stomach or gut (peptic ulcer) | - | peptic ulcer; peptic ulcer disease; peptic ulcers; peptic ulceration; gastroduodenal ulcer; gastric or duodenal ulcer
a stomach ulcer | - | stomach ulcer; gastric ulcer
bleeding in the stomach or gut | F | gastrointestinal bleeding; gastrointestinal hemorrhage; gastrointestinal haemorrhage; GI bleeding; GI bleed; gastrointestinal bleed
a hole in the stomach or gut | E | gastrointestinal perforation; GI perforation; bowel perforation
a blocked bowel | E | bowel obstruction; intestinal obstruction
stomach or gut disease | - | gastrointestinal disease; gastrointestinal disorder; gastrointestinal diseases; gastrointestinal disorders; GI disease; GI disorder
inflammatory bowel disease | - | inflammatory bowel disease; IBD
Crohn's disease | - | crohn's disease; crohn disease
ulcerative colitis | - | ulcerative colitis
irritable bowel syndrome | - | irritable bowel syndrome; IBS
trouble absorbing food from the gut | F | malabsorption; malabsorption syndrome
swelling of the pancreas (pancreatitis) | - | pancreatitis
celiac disease | - | celiac disease; coeliac disease
trouble swallowing | F | dysphagia; difficulty swallowing

# Blood
too few red blood cells (anemia) | F | anemia; anaemia
sickle cell disease | - | sickle cell disease
sickle cell anemia | - | sickle cell anemia; sickle cell anaemia
active bleeding | F | active bleeding
a bleeding disorder | - | bleeding disorder; hemorrhagic disorder; bleeding disorders
a blood clotting problem | - | coagulopathy; coagulation disorder; clotting disorder; blood clotting disorder; coagulopathies
a tendency to bleed easily | F | bleeding diathesis; hemorrhagic diathesis; haemorrhagic diathesis; bleeding tendency
a bleeding or clotting disorder | - | bleeding or clotting disorder; bleeding or clotting disorders
a tendency to form blood clots | F | thrombophilia; hypercoagulable state; hypercoagulopathy; hypercoagulability
hemophilia | - | hemophilia; haemophilia
blood diseases | P | hematological diseases; haematological diseases; hematologic diseases; hematological disorders; haematological disorders; hematologic disorders; blood diseases; blood disorders
a blood disease | - | hematological disease; haematological disease; hematologic disease; haematologic disease; hematological disorder; haematological disorder; hematologic disorder; blood disease; blood disorder
a low platelet count | F | thrombocytopenia
a low count of infection-fighting white blood cells | F | neutropenia

# Hormones and metabolism
diabetes | - | diabetes; diabetes mellitus; DM
type 1 diabetes | - | type 1 diabetes; diabetes type 1; diabetes type I; diabetes mellitus type 1; diabetes mellitus type I; type 1 diabetes mellitus; type I diabetes; type I diabetes mellitus; T1DM
diabetes that needs insulin treatment | F | insulin-dependent diabetes; insulin-dependent diabetes mellitus; insulin dependent diabetes; insulin dependent diabetes mellitus
type 2 diabetes | - | type 2 diabetes; diabetes type 2; diabetes type II; diabetes mellitus type 2; diabetes mellitus type II; type 2 diabetes mellitus; type II diabetes; type II diabetes mellitus; T2DM; non-insulin-dependent diabetes
eye damage from diabetes | F | diabetic retinopathy
severe eye damage from diabetes (proliferative diabetic retinopathy) | F | proliferative diabetic retinopathy
nerve damage from diabetes | F | diabetic neuropathy
an underactive thyroid | - | hypothyroidism; underactive thyroid
an overactive thyroid | - | hyperthyroidism; overactive thyroid
an overactive or underactive thyroid | - | hyper- or hypothyroidism; hyper- or hypo-thyroidism; hyperthyroidism or hypothyroidism; hypothyroidism or hyperthyroidism; hypo- or hyperthyroidism; hypo- or hyper-thyroidism
thyroid disease | - | thyroid disease; thyroid disorder; thyroid dysfunction; thyroid disorders; thyroid diseases
# "Thyroid hormone disorders" (NCT03177746, sample 27: LOSSY as any thyroid disease)
too much or too little thyroid hormone | - | thyroid hormone disorders; thyroid hormone disorder
a hormone disease | - | hormonal pathology; endocrine pathology; endocrine disease; endocrine disorder; hormonal disorder; hormone disorder
hormone diseases | P | endocrine diseases; endocrine disorders; hormonal disorders
obesity | - | obesity
severe obesity | F | morbid obesity
thin, weak bones (osteoporosis) | F | osteoporosis
high cholesterol | F | hypercholesterolemia; hypercholesterolaemia; high cholesterol
high levels of fat in the blood | F | hyperlipidemia; hyperlipidaemia
abnormal levels of fat in the blood | F | dyslipidemia; dyslipidaemia
gout | - | gout
metabolic syndrome | - | metabolic syndrome

# Infections
HIV, hepatitis B or hepatitis C | - | HIV/HBV/HCV infection; HIV/HBV/HCV; HIV, HBV or HCV infection
HIV | - | HIV; HIV infection; infection with HIV; infection with human immunodeficiency virus; HIV-infection; HIV-1 infection or HIV-2 infection; HIV-1 infection; human immunodeficiency virus; human immunodeficiency virus infection; HIV disease; HIV-1
AIDS | - | AIDS; acquired immunodeficiency syndrome; acquired immune deficiency syndrome
hepatitis B | - | hepatitis B; hepatitis B infection; infection with hepatitis B; infection with HBV; hepatitis B virus infection; hepatitis B virus; HBV; HBV infection; viral hepatitis B
hepatitis C | - | hepatitis C; hepatitis C infection; infection with hepatitis C; infection with HCV; hepatitis C virus infection; hepatitis C virus; HCV; HCV infection; viral hepatitis C
tuberculosis (TB) | - | tuberculosis; TB; tuberculosis infection; mycobacterium tuberculosis infection; bacillus tuberculosis; mycobacterium tuberculosis
an infection | - | infection; infectious disease; infectious illness
a systemic infection | - | systemic infection
an infection in one part of the body | - | localized infection; localised infection; local infection
infections | P | infections; infectious diseases; infectious illnesses
a bacterial infection | - | bacterial infection
a viral infection | - | viral infection
a fungal infection | - | fungal infection
a bacterial, viral or fungal infection | - | bacterial, viral or fungal infection; bacterial, viral, or fungal infection; bacterial, fungal or viral infection; bacterial, fungal, or viral infection; viral, bacterial or fungal infection; viral, bacterial, or fungal infection
a skin infection | - | skin infection
COVID-19 | - | COVID-19; COVID 19; covid-19 infection; coronavirus disease 2019
# The virus's name carries a number of its own, which the plain name must keep.
COVID-19 (an infection with the SARS-CoV-2 virus) | - | SARS-CoV-2 infection; SARS-CoV-2; infection with SARS-CoV-2; SARS-CoV-2 virus infection
a lung infection caused by COVID-19 (COVID-19 pneumonia) | - | COVID-19 pneumonia; COVID-19 related pneumonia; pneumonia due to COVID-19
a severe infection of the blood (sepsis) | F | sepsis; septicemia; septicaemia
syphilis | - | syphilis; syphilis infection
herpes | - | herpes; genital herpes
a fever | - | fever

# Round 2: health in general (a condition of any kind; "medical" set against "psychiatric" is still any health problem)
a health problem | - | medical condition; medical illness; medical disorder; medical disease; medical problem; health problem; health condition
health problems | P | medical conditions; medical illnesses; medical disorders; medical diseases; medical problems; health problems; health conditions
# A comorbidity is another illness beside the one studied ("Pre-existing co-morbid conditions", NCT00256399, sample 25:
# WRONG as "You have health problems", which shut out the men with the BPH and ED the study asks for).
another health problem | - | comorbidity; co-morbidity; comorbid condition; co-morbid condition; comorbid illness; co-morbid illness; comorbid disease
other health problems | P | comorbidities; co-morbidities; comorbid conditions; co-morbid conditions; comorbid diseases
an illness | - | illness; sickness
illnesses | P | illnesses
another illness | - | intercurrent illness; intercurrent disease; other illness; another illness; other medical condition; other medical illness; another medical condition; other disease; another disease; concomitant disease; concomitant illness; concurrent disease; concurrent illness; concomitant medical condition; concurrent medical condition; co-existing disease; coexisting disease; co-existing illness; coexisting illness; coexistent disease; concomitant diseases; concurrent diseases; concurrent illnesses; concomitant illnesses
a physical or mental illness | - | medical or psychiatric illness; medical or psychiatric condition; medical or psychiatric disorder; medical or psychiatric disease; medical or mental illness; physical or mental illness; medical or psychological condition
physical or mental illnesses | P | medical or psychiatric illnesses; medical or psychiatric conditions; medical or psychiatric disorders; medical or psychiatric diseases; physical or mental illnesses
other illnesses | P | intercurrent illnesses; other illnesses; other medical conditions; other diseases
a long-term illness | F | chronic disease; chronic illness; chronic medical condition; chronic medical illness; chronic condition
long-term illnesses | PF | chronic diseases; chronic illnesses; chronic medical conditions; chronic conditions
a disease that affects the whole body | F | systemic disease; systemic illness; systemic disorder
diseases that affect the whole body | PF | systemic diseases; systemic illnesses; systemic disorders
an inflammatory disease | - | inflammatory disease; inflammatory disorder; inflammatory condition
inflammatory diseases | P | inflammatory diseases; inflammatory disorders; inflammatory conditions
an autoimmune or inflammatory disease | - | autoimmune or inflammatory disease; autoimmune or inflammatory disorder
autoimmune or inflammatory diseases | P | autoimmune or inflammatory diseases; autoimmune or inflammatory disorders
a disease of the connective tissue (the tissue that supports the organs) | F | connective tissue disease; connective tissue disorder; connective tissue diseases; connective tissue disorders
# "collagen vascular disease" (outside sample 3: LOSSY as any connective tissue disease) is the autoimmune kind.
an autoimmune disease of the connective tissue, such as lupus or scleroderma (collagen vascular disease) | F | collagen vascular disease; collagen disease; systemic connective tissue disease
an infection that can spread to other people | F | communicable disease; transmissible disease; contagious disease; communicable diseases; transmissible diseases; contagious diseases
a rare genetic disease | F | rare genetic disease; rare hereditary disease

# Round 2: heart and blood vessels
a sudden blockage of blood flow to the heart (acute coronary syndrome) | EF | acute coronary syndrome; ACS; acute coronary syndromes
poor blood flow to the heart muscle (myocardial ischemia) | F | myocardial ischemia; myocardial ischaemia; cardiac ischemia; cardiac ischaemia
a narrowed valve out of the heart (aortic stenosis) | F | aortic stenosis; aortic valve stenosis
a thickened heart muscle (hypertrophic cardiomyopathy) | F | hypertrophic cardiomyopathy; hypertrophic obstructive cardiomyopathy; HCM; HOCM
an enlarged, weak heart muscle (dilated cardiomyopathy) | F | dilated cardiomyopathy
an abnormal heartbeat that starts in the lower chambers of the heart (ventricular arrhythmia) | F | ventricular arrhythmia; ventricular dysrhythmia
abnormal heartbeats that start in the lower chambers of the heart (ventricular arrhythmias) | PF | ventricular arrhythmias; ventricular dysrhythmias
a fast heartbeat that starts in the lower chambers of the heart (ventricular tachycardia) | F | ventricular tachycardia; VT
a heart problem that makes the heart quiver instead of beat (ventricular fibrillation) | EF | ventricular fibrillation; VF
a weak heart pump (left ventricular dysfunction) | F | left ventricular dysfunction; LV dysfunction; left ventricular systolic dysfunction
a problem with the heart's electrical signals | - | cardiac conduction defect; cardiac conduction disorder; conduction disorder; conduction abnormality; cardiac conduction abnormality
an infection of the heart's lining or valves (endocarditis) | F | endocarditis; infective endocarditis; bacterial endocarditis
a sudden infection of the heart's lining or valves (acute endocarditis) | F | acute endocarditis
a disease of the sac around the heart | F | pericardial disease
fluid around the heart | F | pericardial effusion
hard, narrowed arteries (atherosclerosis) | F | atherosclerosis; arteriosclerosis; atherosclerotic disease; atherosclerotic cardiovascular disease
narrowed arteries in the neck (carotid artery disease) | F | carotid artery disease; carotid stenosis; carotid artery stenosis
a bulging main artery (aortic aneurysm) | F | aortic aneurysm; abdominal aortic aneurysm; AAA
a bulging blood vessel in the brain (brain aneurysm) | F | cerebral aneurysm; brain aneurysm; intracranial aneurysm
brain swelling from very high blood pressure (hypertensive encephalopathy) | EF | hypertensive encephalopathy
an arterial blood clot | E | arterial thrombosis; arterial thromboembolism; arterial embolism
blood clots in an artery or vein | EP | arterial/venous thrombotic events; arterial or venous thrombotic events; arterial/venous thromboembolic events; arterial or venous thromboembolic events; venous or arterial thromboembolic events; venous or arterial thrombotic events
a blood clot in an artery or vein | E | arterial or venous thrombosis; venous or arterial thrombosis; arterial or venous thromboembolism; venous or arterial thromboembolism; arterial/venous thrombosis
a heart attack, stroke or other sudden heart or blood vessel problem | EF | cardiovascular event; cardiovascular events; major cardiovascular event; major adverse cardiac event
a stroke or mini-stroke | EF | cerebrovascular event; cerebrovascular events; cerebral vascular event
high or low blood pressure | - | hypertension or hypotension; hypotension or hypertension; high or low blood pressure; hyper or hypotension; hyper- or hypotension; hypo- or hypertension; hypo or hypertension
heart failure or unstable angina | - | heart failure or unstable angina
a long QT interval on a heart tracing (QT prolongation) | F | QT prolongation; QTc prolongation; prolonged QT interval; prolonged QTc interval; QT interval prolongation; long QT interval
very low blood pressure and poor blood flow from heart failure (cardiogenic shock) | EF | cardiogenic shock
cold, painful fingers or toes from narrowed blood vessels (Raynaud's) | F | raynaud's disease; raynaud's phenomenon; raynaud's syndrome; raynaud disease; raynaud phenomenon; raynauds
varicose veins | P | varicose veins
a blood clot or a bleed | E | thrombosis or hemorrhage; hemorrhage or thrombosis; thromboembolic or hemorrhagic event

# Round 2: brain, nerves and mind
restless legs syndrome | - | restless legs syndrome; restless leg syndrome; RLS
trigeminal neuralgia (sharp face pain from a nerve) | F | trigeminal neuralgia
swelling of the brain (encephalitis) | - | encephalitis
an infection of the lining of the brain (meningitis) | F | meningitis
fluid build-up in the brain (hydrocephalus) | F | hydrocephalus
Huntington's disease | - | huntington's disease; huntington disease; huntington's chorea
ALS (motor neuron disease) | F | amyotrophic lateral sclerosis; ALS; motor neuron disease; motor neurone disease
a disease of the nerves and muscles | - | neuromuscular disease; neuromuscular disorder
diseases of the nerves and muscles | P | neuromuscular diseases; neuromuscular disorders
a disease that slowly damages the brain or nerves | - | neurodegenerative disease; neurodegenerative disorder; degenerative neurological disease
swelling of the nerve to the eye (optic neuritis) | - | optic neuritis
a brain or mental health condition | - | neuropsychiatric disease; neuropsychiatric disorder; neuropsychiatric condition
brain or mental health conditions | P | neuropsychiatric diseases; neuropsychiatric disorders; neuropsychiatric conditions
a mental health condition | - | psychological disorder; psychological condition; psychological illness; behavioral disorder; behavioural disorder
mental health conditions | P | psychological disorders; psychological conditions; psychological illnesses
an emotional disorder, such as anxiety or depression | F | emotional disorder
emotional disorders, such as anxiety or depression | PF | emotional disorders
mental health or drug or alcohol problems | P | psychiatric or substance abuse disorder; psychiatric or substance abuse disorders; psychiatric or substance use disorder; psychiatric or substance use disorders
a personality disorder | - | personality disorder
an episode of major depression | E | major depressive episode; major depressive episodes
an episode of mania (a time of extremely high mood and energy) | EF | manic episode; manic episodes; mania
an intellectual disability | F | mental retardation; intellectual disability
a learning disability | F | learning disability
autism | - | autism; autism spectrum disorder; ASD
ADHD (trouble paying attention and sitting still) | F | attention deficit hyperactivity disorder; attention-deficit/hyperactivity disorder; ADHD
generalized anxiety disorder | - | generalized anxiety disorder; generalised anxiety disorder; GAD
a sleep disorder | - | sleep disorder; sleeping disorder
sleep disorders | P | sleep disorders; sleeping disorders
trouble sleeping (insomnia) | F | insomnia
narcolepsy (falling asleep suddenly during the day) | F | narcolepsy
sudden confusion (delirium) | F | delirium
a fear of small, closed spaces (claustrophobia) | F | claustrophobia
long-term pain | F | chronic pain; chronic pain syndrome; chronic pain condition; chronic pain conditions; chronic pain disorder
back pain | - | back pain
low back pain | - | low back pain; lower back pain
nerve damage in the lower back that causes pain down the leg (lumbar radiculopathy) | F | lumbar radiculopathy
# (not for a bare "Radiculopathy" in a neck study, NCT04044092, downloads5: WRONG as the back and the leg)
a pinched or irritated nerve root in the spine, which can cause pain, numbness or weakness in an arm or leg (radiculopathy) | F | radiculopathy; radicular pain; radicular syndrome
nerve pain down the leg (sciatica) | F | sciatica
a headache disorder | - | headache disorder
headache disorders | P | headache disorders
problems with the nerves that control the body's automatic functions (autonomic neuropathy) | F | autonomic neuropathy; autonomic dysfunction
thoughts of suicide or suicide attempts | PF | suicidal ideation or behavior; suicidal ideation or behaviour; suicidal thoughts or behavior; suicidal thoughts or behaviour
suicidal acts (such as a suicide attempt) | PF | suicidal behavior; suicidal behaviour
a brain disease | - | brain disease; brain disorder; cerebral disease
a disease of the brain or spinal cord | - | central nervous system disease; central nervous system disorder; CNS disorder
diseases of the brain or spinal cord | P | central nervous system diseases; central nervous system disorders; CNS disorders; CNS diseases

# Round 2: substance use
an addiction to opioids | F | opioid dependence; opioid addiction; opiate dependence; opiate addiction; opioid use disorder
a problem with drugs or alcohol | F | drug or alcohol misuse; alcohol or drug misuse; drug/alcohol abuse; alcohol/drug abuse; substance abuse disorder; substance abuse disorders; drug and/or alcohol abuse; alcohol and drug abuse; drug and alcohol abuse; alcohol and/or drug misuse; drug/alcohol misuse; drug abuse or alcohol abuse; alcohol abuse or drug abuse; alcohol or drug abuse or dependence; alcohol or substance misuse
# "narcotic drug abuse" (NCT03567590, sample 26: WRONG as "drugs or alcohol", which widened it to alcohol)
a problem with narcotic drugs, such as opioids | F | narcotic drug abuse; narcotic abuse; narcotics abuse
an addiction to alcohol or other drugs | F | alcohol or drug addiction or abuse; alcohol or other substance dependence; alcohol or other drug dependence

# Round 2: lungs
a lung disease that narrows the airways | F | obstructive lung disease; obstructive pulmonary disease; obstructive airway disease
a lung disease that keeps the lungs from filling with air (restrictive lung disease) | F | restrictive lung disease; restrictive pulmonary disease
widened, scarred airways (bronchiectasis) | F | bronchiectasis
a collapsed lung | E | pneumothorax; collapsed lung
fluid in the lungs | F | pulmonary edema; pulmonary oedema
an infection of the nose, throat or airways | F | upper respiratory tract infection; upper respiratory infection; upper respiratory illness; URTI; URI
a chest or airway infection | F | respiratory infection; respiratory tract infection; lower respiratory tract infection; chest infection
a long-term lung disease | F | chronic lung disease; chronic pulmonary disease; chronic respiratory disease

# Round 2: kidneys, liver and gut
kidney disease that lets protein leak into the urine (nephrotic syndrome) | F | nephrotic syndrome
swelling of the kidneys' filters (glomerulonephritis) | - | glomerulonephritis
liver or bile duct disease | - | hepatobiliary disease; hepatobiliary disorder
a liver problem that affects the brain (hepatic encephalopathy) | F | hepatic encephalopathy
swollen veins in the food pipe (esophageal varices) | F | esophageal varices; oesophageal varices
high blood pressure in the liver's veins (portal hypertension) | F | portal hypertension
an inherited condition that raises bilirubin (Gilbert's syndrome) | F | gilbert's syndrome; gilbert syndrome; gilbert's disease; gilbert disease
an autoimmune liver disease (autoimmune hepatitis) | F | autoimmune hepatitis
gallstones | P | gallstones; gallstone; cholelithiasis
acid reflux (GERD) | F | gastroesophageal reflux disease; gastro-oesophageal reflux disease; GERD; GORD; acid reflux
swelling of pouches in the bowel wall (diverticulitis) | - | diverticulitis
slow emptying of the stomach (gastroparesis) | F | gastroparesis
swelling of the colon (colitis) | - | colitis
an ulcer in the stomach or gut | - | gastrointestinal ulcer; gastrointestinal ulcers; GI ulcer; gastric or duodenal ulcers; ulcer disease; ulceration of the stomach or gut
an ulcer in the first part of the small bowel (duodenal ulcer) | - | duodenal ulcer; duodenal ulcers
a liver injury | E | liver injury; hepatic injury
a bowel disease | - | bowel disease; intestinal disease; intestinal disorder; bowel disorder
a long-term stomach or gut disease | F | chronic gastrointestinal disease; chronic gastrointestinal disorder
inflammation of the gut | - | gastrointestinal inflammation; intestinal inflammation

# Round 2: blood, hormones, immune system
an inherited blood disease (thalassemia) | F | thalassemia; thalassaemia; beta-thalassemia; thalassemia major
too many red blood cells (polycythemia) | F | polycythemia; polycythaemia; polycythemia vera
a blood disorder | - | blood dyscrasia; blood dyscrasias; hematologic abnormality
an inherited bleeding disorder (von Willebrand disease) | F | von willebrand disease; von willebrand's disease
too few white blood cells | F | leukopenia; leucopenia
low blood sugar | F | hypoglycemia; hypoglycaemia; low blood sugar
very low blood sugar (severe hypoglycemia) | EF | severe hypoglycemia; severe hypoglycaemia; severe hypoglycemic episode; severe hypoglycemic episodes; severe hypoglycemic event; severe hypoglycemic events
a dangerous build-up of acids in the blood from diabetes (diabetic ketoacidosis) | EF | diabetic ketoacidosis; DKA
high potassium in the blood | F | hyperkalemia; hyperkalaemia
low potassium in the blood | F | hypokalemia; hypokalaemia
low magnesium in the blood | F | hypomagnesemia; hypomagnesaemia
low sodium in the blood | F | hyponatremia; hyponatraemia
high calcium in the blood | F | hypercalcemia; hypercalcaemia
too little of the hormones made by the pituitary gland (hypopituitarism) | F | hypopituitarism; pituitary insufficiency
too little of the hormones made by the adrenal glands (adrenal insufficiency) | F | adrenal insufficiency
# (Addison's disease is the glands' own failure, not every adrenal insufficiency: NCT05887817, downloads6: WRONG)
Addison's disease (the adrenal glands themselves make too little of their hormones) | F | addison's disease; addison disease; addisons disease
too much of the stress hormone cortisol (Cushing's syndrome) | F | cushing's syndrome; cushing syndrome; cushing's disease
polycystic ovary syndrome (PCOS) | F | polycystic ovary syndrome; polycystic ovarian syndrome; PCOS
prediabetes (blood sugar higher than normal, but not yet diabetes) | F | prediabetes; pre-diabetes
an overactive parathyroid gland (hyperparathyroidism) | F | hyperparathyroidism
Graves' disease (an overactive thyroid) | F | graves' disease; graves disease
Hashimoto's disease (an underactive thyroid) | F | hashimoto's disease; hashimoto's thyroiditis; hashimoto thyroiditis
a metabolic disease | - | metabolic disease; metabolic disorder
metabolic diseases | P | metabolic diseases; metabolic disorders
an inherited disease | - | hereditary disease; genetic disease; inherited disease; genetic disorder; hereditary disorder; inherited disorder
scleroderma (hardening of the skin and organs) | F | scleroderma; systemic sclerosis
Sjögren's syndrome (dry eyes and mouth from an immune disease) | F | sjögren's syndrome; sjogren's syndrome; sjögren syndrome; sjogren syndrome
ankylosing spondylitis (a long-term inflammation of the spine) | F | ankylosing spondylitis
psoriatic arthritis | - | psoriatic arthritis
swelling of the muscles (myositis) | - | myositis; polymyositis; dermatomyositis
a primary immunodeficiency (an immune system problem you were born with) | F | primary immunodeficiency; congenital immunodeficiency; primary immune deficiency
an organ transplant | E | organ transplant; organ transplantation
an organ transplant from a donor (allogeneic) | E | allogeneic organ transplant; allogeneic organ transplantation; allogenic organ transplant; allogenic organ transplantation
a solid organ transplant | E | solid organ transplant; solid organ transplantation
graft-versus-host disease (GvHD) | - | graft-versus-host disease; graft versus host disease; graft-versus-host-disease; GvHD; GVHD
a severe allergic reaction (anaphylaxis) | EF | anaphylaxis; anaphylactic reaction; anaphylactic reactions; anaphylactic shock
allergies | P | allergies
allergic diseases, such as hay fever, allergic asthma or eczema | PF | allergic disease; allergic diseases
a severe skin reaction (Stevens-Johnson syndrome) | EF | stevens-johnson syndrome; stevens johnson syndrome; steven-johnson syndrome; steven johnson syndrome; SJS

# Round 2: bones, joints, eyes, skin
thin bones (osteopenia) | F | osteopenia
thin or weak bones | F | osteopenia/osteoporosis; osteopenia or osteoporosis; osteoporosis or osteopenia
a bone infection (osteomyelitis) | F | osteomyelitis
a bone disease | - | bone disease; bone disorder
a disease that weakens the bones (metabolic bone disease) | F | metabolic bone disease; metabolic bone diseases; metabolic bone disorder
bone diseases | P | bone diseases; bone disorders
widespread muscle pain and tiredness (fibromyalgia) | F | fibromyalgia
a disease of the muscles, bones or joints | - | musculoskeletal disease; musculoskeletal disorder; musculoskeletal condition
diseases of the muscles, bones or joints | P | musculoskeletal diseases; musculoskeletal disorders; musculoskeletal conditions
a curved spine (scoliosis) | F | scoliosis
a narrowed space around the spinal cord (spinal stenosis) | F | spinal stenosis; spinal canal stenosis
a narrowed space around the spinal cord in the lower back (lumbar spinal stenosis) | F | lumbar spinal stenosis; lumbar stenosis; lumbar canal stenosis; lumbar spinal canal stenosis
a slipped disc | E | herniated disc; disc herniation; herniated disk; disk herniation; slipped disc; herniated intervertebral disc; disc prolapse; prolapsed disc; disk prolapse
a slipped disc in the neck | E | cervical disc herniation; cervical disk herniation; cervical herniated disc; herniated cervical disc
a slipped disc in the lower back | E | lumbar disc herniation; lumbar disk herniation; lumbar herniated disc; herniated lumbar disc; lumbar disc herniations
a slipped bone in the spine (spondylolisthesis) | F | spondylolisthesis
an eye disease | - | eye disease; ocular disease; eye disorder; ocular disorder
a disease of the retina (the back of the eye) | - | retinal disease; retinal disorder
eye diseases | P | eye diseases; ocular diseases; eye disorders; ocular disorders
swelling inside the eye (uveitis) | F | uveitis
a skin disease | - | skin disease; skin disorder; dermatological disease; dermatologic disease; skin condition
skin diseases | P | skin diseases; skin disorders; dermatological diseases; skin conditions
eczema | - | eczema; atopic dermatitis
hives (urticaria) | F | urticaria; hives
hives that keep coming back for 6 weeks or more (chronic urticaria) | F | chronic urticaria; chronic hives; chronic spontaneous urticaria; CSU
an open sore on the skin | - | skin ulcer; skin ulcers
Down syndrome | - | down syndrome; down's syndrome; trisomy 21
shingles | - | shingles; herpes zoster
an infection with cytomegalovirus (CMV) | F | cytomegalovirus infection; CMV infection; cytomegalovirus
a pus-filled infection (abscess) | F | abscess

# Round 3: surgery and anaesthesia, newborns, teeth and eyes (criteria unseen studies carry)
sickness and vomiting after an operation (postoperative nausea and vomiting) | EF | postoperative nausea and vomiting; PONV
an airway that is known to be hard to put a breathing tube into (difficult airway) | F | difficult airway; known difficult airway
serious problems present from birth (major congenital anomalies) | PF | major congenital anomalies; major congenital anomaly; major congenital malformations; major birth defects
gum disease (periodontal disease) | F | periodontal disease; periodontitis
eye surgery to correct your vision (refractive surgery) | EFS | refractive surgery; LASIK; laser refractive surgery
endometriosis (tissue like the lining of the womb growing outside the womb) | F | endometriosis
# Cancer
pain caused by the cancer | - | tumor-related pain; tumour-related pain; cancer-related pain; cancer pain; tumor pain
cancer | - | cancer; malignancy; malignant disease; malignant tumor; malignant tumour; malignant neoplasm; cancers; malignancies; malignant tumors; malignant tumours; malignant diseases
prostate cancer | - | prostate cancer; prostatic cancer; prostate carcinoma; prostatic carcinoma; carcinoma of the prostate; cancer of the prostate
breast cancer | - | breast cancer; breast carcinoma
breast cancer in both breasts | - | bilateral breast cancer
bladder cancer | - | bladder cancer; bladder carcinoma
lung cancer | - | lung cancer
kidney cancer | - | kidney cancer; renal cancer
kidney cancer (renal cell carcinoma) | - | renal cell carcinoma; renal cell cancer; RCC
penile cancer | - | penile cancer; penile carcinoma; cancer of the penis
colon or rectal cancer | - | colorectal cancer; colorectal carcinoma
colon cancer (carcinoma of the colon) | - | colon cancer; carcinoma of the colon; colon carcinoma; cancer of the colon
skin cancer | - | skin cancer
melanoma | - | melanoma
leukemia | - | leukemia; leukaemia
lymphoma | - | lymphoma
multiple myeloma | - | multiple myeloma; myeloma
cancer in the pelvis | - | pelvic cancer; pelvic malignancy; pelvic malignancies; pelvic cancers
another cancer | - | other malignancy; other malignancies; another malignancy; other cancer; other cancers; another cancer; additional malignancy; additional malignancies; other malignant disease; other malignant tumors; other malignant tumours
a second, separate cancer | - | second primary malignancy; second primary malignancies; another primary malignancy; second primary cancer; other primary malignancy; second malignancy; second malignancies
non-small cell lung cancer (NSCLC) | - | non-small cell lung cancer; non small cell lung cancer; non-small-cell lung cancer; NSCLC; non-small cell lung carcinoma
metastatic non-small cell lung cancer (mNSCLC) | - | mNSCLC; metastatic NSCLC
small cell lung cancer (SCLC) | - | small cell lung cancer; small-cell lung cancer; SCLC
acute myeloid leukemia (AML) | - | acute myeloid leukemia; acute myeloid leukaemia; acute myelogenous leukemia; acute myeloblastic leukemia; AML
chronic lymphocytic leukemia (CLL) | - | chronic lymphocytic leukemia; chronic lymphocytic leukaemia; CLL
acute lymphoblastic leukemia (ALL) | - | acute lymphoblastic leukemia; acute lymphoblastic leukaemia; acute lymphocytic leukemia
myelodysplastic syndrome (MDS) | - | myelodysplastic syndrome; myelodysplastic syndromes; MDS
diffuse large B-cell lymphoma (DLBCL) | - | diffuse large b-cell lymphoma; diffuse large b cell lymphoma; DLBCL
follicular lymphoma | - | follicular lymphoma
Hodgkin lymphoma | - | hodgkin lymphoma; hodgkin's lymphoma; hodgkin disease; hodgkin's disease
non-Hodgkin lymphoma | - | non-hodgkin lymphoma; non-hodgkin's lymphoma; NHL; non hodgkin lymphoma; non hodgkin-lymphoma; non-hodgkin-lymphoma
prostate cancer (adenocarcinoma) | - | adenocarcinoma of the prostate; prostate adenocarcinoma; prostatic adenocarcinoma
ovarian cancer | - | ovarian cancer; ovarian carcinoma
cancer of the lining of the womb (endometrial cancer) | - | endometrial cancer; endometrial carcinoma; cancer of the endometrium
cancer of the thin lining around the lungs or the belly (mesothelioma) | - | mesothelioma
cervical cancer | - | cervical cancer; cervical carcinoma; cancer of the cervix
stomach cancer | - | gastric cancer; stomach cancer; gastric carcinoma
liver cancer | - | liver cancer
liver cancer (hepatocellular carcinoma) | - | hepatocellular carcinoma; HCC
pancreatic cancer | - | pancreatic cancer; pancreatic carcinoma
pancreatic cancer (adenocarcinoma) | - | pancreatic adenocarcinoma
head and neck cancer | - | head and neck cancer; head and neck cancers
head and neck cancer (squamous cell carcinoma) | - | head and neck squamous cell carcinoma; HNSCC
esophageal cancer | - | esophageal cancer; oesophageal cancer; esophageal carcinoma
thyroid cancer | - | thyroid cancer; thyroid carcinoma
testicular cancer | - | testicular cancer
a solid tumor | - | solid tumor; solid tumour; solid malignancy
solid tumors | P | solid tumors; solid tumours; solid malignancies
a blood cancer | - | hematologic malignancy; haematologic malignancy; hematological malignancy; haematological malignancy; blood cancer
basal cell skin cancer | - | basal cell carcinoma; basal cell skin cancer; basal cell carcinoma of the skin; BCC; basal cell cancer
squamous cell skin cancer | - | squamous cell carcinoma of the skin; squamous cell skin cancer; cutaneous squamous cell carcinoma; squamous cell skin carcinoma
basal cell or squamous cell skin cancer | - | basal or squamous cell skin cancer; squamous or basal cell skin cancer; basal cell or squamous cell skin cancer; squamous cell or basal cell skin cancer; basal or squamous cell carcinoma of the skin; basal cell or squamous cell carcinoma of the skin; basal or squamous cell skin cancers; basal or squamous cell carcinoma; squamous or basal cell carcinoma of the skin; basal cell or squamous cell carcinoma; skin basal cell or squamous cell carcinoma
skin cancer that is not melanoma | F | non-melanoma skin cancer; nonmelanoma skin cancer; non-melanomatous skin cancer; non-melanoma skin carcinoma; non-melanoma skin cancers; non-melanomatous skin cancers; nonmelanoma skin cancers; non-melanoma skin tumors
early cancer of the cervix that has not spread (in situ) | F | carcinoma in situ of the cervix; cervical carcinoma in situ; cervical cancer in situ; in situ cervical cancer; carcinoma of the cervix in situ; in-situ carcinoma of the cervix; in situ carcinoma of the cervix; carcinoma in situ of uterine cervix; cervical carcinoma in-situ; in situ cervical cancers; in-situ cervical cancer; in-situ carcinoma of the cervix; cervical carcinoma in situ (CIS)
early breast cancer in the milk ducts that has not spread (ductal carcinoma in situ) | F | ductal carcinoma in situ; DCIS; ductal carcinoma in situ of the breast
early breast cancer that has not spread (in situ) | F | in situ breast cancer; breast carcinoma in situ; carcinoma in situ of the breast
early cancer that has not spread (in situ) | F | carcinoma in situ; in situ carcinoma; carcinoma in-situ
prostate cancer that has not spread beyond the prostate | F | localized prostate cancer; localised prostate cancer

# Immune system
a systemic autoimmune disease | - | systemic autoimmune disease; systemic autoimmune disorder; systemic autoimmune diseases; systemic autoimmune disorders
an autoimmune disease | - | autoimmune disease; autoimmune disorder; autoimmune condition; autoimmune illness
autoimmune diseases | P | autoimmune diseases; autoimmune disorders; autoimmune conditions
lupus | - | lupus; SLE
lupus (systemic lupus erythematosus) | F | systemic lupus erythematosus; systemic lupus
rheumatoid arthritis | - | rheumatoid arthritis
psoriasis | - | psoriasis
plaque psoriasis (a skin disease with raised, scaly patches) | F | plaque psoriasis; chronic plaque psoriasis; plaque-type psoriasis
a weak immune system | - | immunodeficiency; immune deficiency
a disease that weakens the immune system (immunodeficiency) | F | immunodeficiency disease; immunodeficiency disorder; immunodeficiency disorders; immune deficiency disorder; immune deficiency disorders
sarcoidosis | - | sarcoidosis
inflammation of the blood vessels (vasculitis) | - | vasculitis

# Bones, muscles, eyes and skin
arthritis | - | arthritis
osteoarthritis | - | osteoarthritis
a broken bone | E | fracture; bone fracture
glaucoma | - | glaucoma
cataracts | P | cataract; cataracts
macular degeneration | - | macular degeneration; age-related macular degeneration
an inherited disease of the retina (the back of the eye) | F | hereditary retinal disease; hereditary retinal disorder; inherited retinal disease; inherited retinal disorder
an inherited, slowly worsening disease of the retina (the back of the eye) | F | hereditary degenerative retinal disorder; hereditary degenerative retinal disorders; inherited degenerative retinal disease; inherited degenerative retinal disorder
a slowly worsening disease of the retina (the back of the eye) | F | degenerative retinal disorder; degenerative retinal disorders; degenerative retinal disease
a serious injury | E | major trauma; severe trauma
an injury to the pelvis | E | pelvic trauma; pelvic injury; pelvic fracture
color blindness | - | color blindness; colour blindness; color-blindness

# Symptoms, named alone in a list ("Headache is associated with at least one of the following ...: Lacrimation",
# cluster headache studies; "symptomatic anemia ... with any of the following: Tachypnea", NCT05282459)
tearing of the eye | F | lacrimation
a runny nose | F | rhinorrhea; rhinorrhoea
a blocked or stuffy nose | F | nasal congestion
a smaller pupil in the eye | F | miosis
# (not a bare "ptosis": a breast can droop too, in a plastic surgery study)
a drooping eyelid | F | eyelid ptosis; ptosis of the eyelid; drooping eyelid
redness of the white of the eye | F | conjunctival injection
swelling of the eyelid | F | eyelid edema; eyelid oedema
fast breathing | F | tachypnea; tachypnoea
a general feeling of being unwell | F | malaise
a feeling of being very tired (fatigue) | F | fatigue
weakness and lack of energy | F | asthenia
# Cluster headache's signs, two at a time ("Ipsilateral miosis and/or ptosis": beside a small pupil, the drooping is
# the eyelid's)
redness of the white of the eye (conjunctival injection), tearing of the eye (lacrimation), or both | F | conjunctival injection and/or lacrimation
a blocked or stuffy nose (nasal congestion), runny nose (rhinorrhea), or both | F | nasal congestion and/or rhinorrhea
a blocked or stuffy nose (nasal congestion), runny nose (rhinorrhoea), or both | F | nasal congestion and/or rhinorrhoea
a smaller pupil in the eye (miosis), drooping eyelid (ptosis), or both | F | miosis and/or ptosis
forehead and facial sweating | F | forehead and facial sweating

# Skin (read on dermatology studies outside the bundled records: scars, pigment, light)
raised scars that grow beyond the wound (keloids) | PF | keloid; keloids; keloid formation; keloid scarring; keloid scars; keloid scar; keloidal scarring; keloidal scars
thick, raised scars (hypertrophic scars) | PF | hypertrophic scarring; hypertrophic scars; hypertrophic scar
vitiligo (patches of skin that lose their color) | F | vitiligo
skin that is very sensitive to light (photosensitivity) | F | photosensitivity; photosensitivity disorder; photosensitivity disorders
porphyria (a rare disorder that can make the skin very sensitive to light) | F | porphyria; porphyrias
problems with wound healing | PF | poor wound healing; abnormal wound healing; impaired wound healing; delayed wound healing; compromised wound healing
rosacea (redness of the face that comes and goes) | F | rosacea
dermatitis (red, itchy, swollen skin) | F | dermatitis
acne | - | acne; acne vulgaris
dark patches on the skin (hyperpigmentation) | PF | hyperpigmentation
skin that raises welts where it is scratched (dermatographia) | F | dermatographia; dermatographism
herpes simplex (the virus that causes cold sores) | F | herpes simplex; herpes simplex infection; HSV infection
cold sores | P | cold sores; cold sore
hives brought on by cold (cold urticaria) | F | cold urticaria
a bone marrow disease that makes too few healthy blood cells (myelodysplasia) | F | myelodysplasia
a hernia | - | hernia
"""


@dataclass(frozen=True, slots=True)
class LayName:
    """A condition's plain name as it follows "You have" ("a heart attack"), split so adjectives can go in."""

    noun: str  # without its article: "heart attack"
    article: str  # "a", "an", "another" or "" (a mass or plural noun)
    event: bool  # it happens (you have had one), it is not a state you are in
    plural: bool
    fixed: bool  # no adjective can go before it
    degree: bool = False  # "reduced kidney function": its degree goes before it as an adverb ("severely reduced")
    surgery: bool = False  # "a radical prostatectomy": something done to you, no example of a disease

    def said(self, adjectives: tuple[str, ...] = ()) -> str:
        """ "a heart attack", "an uncontrolled ..." : the article agrees with the word after it."""
        words = " ".join((*adjectives, self.noun))
        if not self.article:
            return words
        if self.article == "another":
            return f"another {words}"  # "another serious illness"
        return f"{'an' if _vowel_sound(words) else 'a'} {words}"


def _vowel_sound(words: str) -> bool:
    """ "an infection", "an ulcer", "a urinary tract infection", "a unilateral ...": by the first sound."""
    lowered = words.lower()
    return lowered[:1] in "aeio" or (
        lowered[:1] == "u" and not lowered.startswith(("uri", "uni", "usu", "ure", "uti", "use"))
    )


_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "‐": "-"})
_MARKS = re.compile("[’‘`–‐]")
# An abbreviation matches only in its own case ("MI" is a heart attack; "mi" is not a word).
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z0-9/-]{0,7}$")


def _plain_marks(text: str) -> str:
    """Curly apostrophes and dashes as plain ones ("Peyronie’s" is "Peyronie's")."""
    return text.translate(_APOSTROPHES) if _MARKS.search(text) else text


def normal(text: str) -> str:
    """The form names are compared in: lower case, one space, plain apostrophes and hyphens."""
    text = _plain_marks(text).strip().lower()
    return (_SPACES.sub(" ", text) if "  " in text else text).replace(" - ", "-")


def _parse(table: str) -> tuple[dict[str, LayName], dict[str, LayName]]:
    by_case: dict[str, LayName] = {}
    by_word: dict[str, LayName] = {}
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        plain, kinds, spellings = (part.strip() for part in line.split("|"))
        article, _, noun = plain.partition(" ")
        if article not in ("a", "an", "another"):
            article, noun = "", plain
        name = LayName(
            noun=noun,
            article=article,
            event="E" in kinds,
            plural="P" in kinds,
            fixed="F" in kinds or "D" in kinds,
            degree="D" in kinds,
            surgery="S" in kinds,
        )
        for spelling in (s.strip() for s in spellings.split(";")):
            if not spelling:
                continue
            target = (
                by_case
                if _ABBREVIATION.match(spelling) and (spelling.isupper() or not spelling[1:].islower())
                else by_word
            )
            key = spelling.translate(_APOSTROPHES) if target is by_case else normal(spelling)
            if key in target and target[key] != name:
                raise ValueError(f"{spelling!r} names two conditions")
            target[key] = name
    return by_case, by_word


_BY_CASE, _BY_WORD = _parse(_TABLE)
# How a reader cuts a sentence into tokens: a bracketed part, a word, a comma.
TOKEN = re.compile(r"\([^()]*\)|[^\s,()]+|,")


def _longest_from(keys) -> dict[str, int]:
    """Each name's first token -> the most tokens a name starting with it has: where a reader may stop looking."""
    longest: dict[str, int] = {}
    for key in keys:
        tokens = TOKEN.findall(key)
        longest[tokens[0]] = max(longest.get(tokens[0], 0), len(tokens))
    return longest


_FIRST_BY_CASE, _FIRST_BY_WORD = _longest_from(_BY_CASE), _longest_from(_BY_WORD)
_INDEX = PhraseIndex(((key, True) for key in _BY_WORD), case_sensitive=False)
_INDEX_BY_CASE = PhraseIndex(((key, True) for key in _BY_CASE), case_sensitive=True)


def lay_name(phrase: str) -> LayName | None:
    """The plain name of a condition named exactly `phrase` (an abbreviation in its own case), or None."""
    phrase = phrase.strip()
    return _BY_CASE.get(_plain_marks(phrase)) or _BY_WORD.get(normal(phrase))


def name_at(tokens: list[str], start: int) -> tuple[LayName, int] | None:
    """The longest name the table knows that starts at `tokens[start]`, and the index after it."""
    first = tokens[start]
    most = max(_FIRST_BY_CASE.get(_plain_marks(first), 0), _FIRST_BY_WORD.get(normal(first), 0))
    for end in range(min(len(tokens), start + most), start, -1):
        if any(token.startswith("(") for token in tokens[start + 1 : end]):
            continue
        name = lay_name(" ".join(tokens[start:end]).replace(" ,", ","))
        if name is not None:
            return name, end
    return None


def names_any(text: str) -> bool:
    """Might `text` name a condition the table knows? A quick test (inside words too) before a closer reading."""
    return next(_INDEX_BY_CASE.values_in(text), False) or next(_INDEX.values_in(_plain_marks(text)), False)


def words_of_names() -> tuple[str, ...]:
    """Every spelling in the table (lower case): the words a sentence that names conditions may hold."""
    return (*_BY_WORD, *(key.lower() for key in _BY_CASE))


def trigger_words() -> tuple[str, ...]:
    """Lower-case phrases that pick the sentences worth reading: every name in the table, whole (a list that
    shares words, "kidney or liver disease", still holds one name whole). Abbreviations of three letters or fewer
    are left to `short_triggers` ("ed" is in most sentences)."""
    return tuple(sorted({*_BY_WORD, *(key.lower() for key in _BY_CASE if len(key) > 3)}))


# The short abbreviations ("ED", "MI", "HIV"), read only in their own case and as whole words.
SHORT_ABBREVIATIONS = tuple(sorted(key for key in _BY_CASE if len(key) <= 3))
# Short abbreviations that are common inside words ("ed" in "treated", "tia" in "potential"): their triggers hold
# what is around them.
_INSIDE_WORDS = {"ed", "mi", "af", "dm", "tb", "sti", "tia", "ild", "ami", "uti", "sci", "ocd", "osa", "pad", "cad"}


def short_triggers() -> tuple[str, ...]:
    """Lower-case phrases that pick the sentences that may name a condition by a short abbreviation only."""
    triggers = set()
    for abbreviation in (key.lower() for key in SHORT_ABBREVIATIONS):
        if abbreviation not in _INSIDE_WORDS:
            triggers.add(abbreviation)
            continue
        triggers.update(f"{before}{abbreviation}{after}" for before in " (/" for after in " ,.)/;")
        # At the end of a sentence nothing comes after it: the words before it there.
        triggers.update(
            f"{word} {abbreviation}"
            for word in (
                "of",
                "with",
                "no",
                "has",
                "have",
                "or",
                "and",
                "chronic",
                "active",
                "current",
                "known",
                "untreated",
            )
        )
        # At the start of a sentence, the words that follow it there: only ones rare after a past tense ("ed" ends
        # "treated", so never "ed for", "ed with", "ed in").
        triggers.update(
            f"{abbreviation} {word}"
            for word in (
                "of",
                "at least",
                "for at",
                "for more",
                "for over",
                "more",
                "within",
                "1",
                "2",
                "3",
                "6",
                "≥",
                ">",
            )
        )
    return tuple(sorted(triggers))
