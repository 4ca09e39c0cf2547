"""Generate crates/depeche-entities/data/countries.tsv.

Run from the repository root:

    pip install -r tools/entities-data/requirements.txt   # babel==2.18.0 (CLDR 47)
    python3 tools/entities-data/gen_countries.py
    python3 tools/entities-data/check.py

Sources:
  * French short names: Unicode CLDR (via babel, `Locale('fr').territories`)
    wherever the name column below is '='. Where news usage differs from CLDR
    (e.g. CLDR 'Congo-Kinshasa' vs news 'République démocratique du Congo'),
    the name is written out and the CLDR form is kept as a variant.
  * ISO 3166-1 alpha-3 codes: written by hand (facts) and cross-checked against
    CLDR's territory aliases (supplementalMetadata), which list the alpha-3 code
    of every region.
  * Variants, demonyms, UN status and flags: facts written by hand.

Demonym column below lists lemmas (masculine singular); the four forms are
derived by the regular French rules in `forms()`, irregular ones are in
IRREGULAR.
"""

from __future__ import annotations

from common import cell, check_babel, dedupe_folded, norm, parse_block, write_tsv

IRREGULAR = {
    "grec": ["grec", "grecque", "grecs", "grecques"],
    "turc": ["turc", "turque", "turcs", "turques"],
    "ouzbek": ["ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes"],
    "kirghiz": ["kirghiz", "kirghize", "kirghizes"],
    "burkinabè": ["burkinabè", "burkinabé"],
    "sahraoui": ["sahraoui", "sahraouie", "sahraouis", "sahraouies"],
}


def forms(lemma: str) -> list[str]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma, lemma + "s"]
    if lemma.endswith("s"):
        return [lemma, lemma + "e", lemma + "es"]
    if lemma.endswith("en"):
        return [lemma, lemma + "ne", lemma + "s", lemma + "nes"]
    return [lemma, lemma + "e", lemma + "s", lemma + "es"]


# A2 ; A3 ; name ('=' = CLDR fr) ; variants ; demonym lemmas ; status ; flags
DATA = r"""
AD ; AND ; = ; Principauté d'Andorre ; andorran ; member
AE ; ARE ; = ; EAU|Emirats|Émirats ; émirien|émirati ; member
AF ; AFG ; = ; - ; afghan ; member
AG ; ATG ; = ; - ; antiguais ; member
AI ; AIA ; = ; - ; anguillais ; territory
AL ; ALB ; = ; - ; albanais ; member
AM ; ARM ; = ; - ; arménien ; member
AO ; AGO ; = ; - ; angolais ; member
AQ ; ATA ; = ; Antarctique ; - ; territory
AR ; ARG ; = ; - ; argentin ; member
AS ; ASM ; = ; Samoa orientales ; américano-samoan ; territory
AT ; AUT ; = ; - ; autrichien ; member
AU ; AUS ; = ; - ; australien ; member
AW ; ABW ; = ; - ; arubais ; territory
AX ; ALA ; = ; Åland|Aland ; ålandais ; territory
AZ ; AZE ; = ; - ; azerbaïdjanais|azéri ; member
BA ; BIH ; = ; Bosnie ; bosnien|bosniaque ; member
BB ; BRB ; = ; - ; barbadien ; member
BD ; BGD ; = ; - ; bangladais ; member
BE ; BEL ; = ; - ; belge ; member
BF ; BFA ; = ; Burkina ; burkinabè ; member
BG ; BGR ; = ; - ; bulgare ; member
BH ; BHR ; = ; - ; bahreïnien ; member
BI ; BDI ; = ; - ; burundais ; member
BJ ; BEN ; = ; - ; béninois ; member
BL ; BLM ; = ; Saint-Barth ; - ; territory
BM ; BMU ; = ; - ; bermudien ; territory
BN ; BRN ; = ; Brunei Darussalam|Brunéi ; brunéien ; member
BO ; BOL ; = ; - ; bolivien ; member
BQ ; BES ; = ; Bonaire|Saint-Eustache et Saba ; - ; territory
BR ; BRA ; = ; - ; brésilien ; member
BS ; BHS ; = ; - ; bahaméen ; member
BT ; BTN ; = ; - ; bhoutanais ; member
BW ; BWA ; = ; - ; botswanais ; member
BY ; BLR ; = ; Bélarus ; biélorusse|bélarusse ; member
BZ ; BLZ ; = ; - ; bélizien ; member
CA ; CAN ; = ; - ; canadien ; member
CD ; COD ; République démocratique du Congo ; RDC|RD Congo|Congo-Kinshasa|Congo démocratique ; congolais ; member ; ambiguous_demonym
CF ; CAF ; Centrafrique ; République centrafricaine|RCA ; centrafricain ; member
CG ; COG ; Congo ; Congo-Brazzaville|République du Congo ; congolais ; member ; ambiguous_name|ambiguous_demonym
CH ; CHE ; = ; Confédération helvétique ; suisse|helvétique ; member
CI ; CIV ; = ; - ; ivoirien ; member
CK ; COK ; = ; - ; - ; territory
CL ; CHL ; = ; - ; chilien ; member
CM ; CMR ; = ; - ; camerounais ; member
CN ; CHN ; = ; République populaire de Chine ; chinois ; member
CO ; COL ; = ; - ; colombien ; member
CR ; CRI ; = ; - ; costaricien|costaricain ; member
CU ; CUB ; = ; - ; cubain ; member
CV ; CPV ; = ; Cabo Verde ; cap-verdien ; member
CW ; CUW ; = ; - ; curacien ; territory
CY ; CYP ; = ; - ; chypriote ; member
CZ ; CZE ; = ; République tchèque ; tchèque ; member
DE ; DEU ; = ; - ; allemand ; member
DJ ; DJI ; = ; - ; djiboutien ; member
DK ; DNK ; = ; - ; danois ; member
DM ; DMA ; = ; - ; dominiquais ; member ; ambiguous_name
DO ; DOM ; = ; - ; dominicain ; member
DZ ; DZA ; = ; - ; algérien ; member
EC ; ECU ; = ; - ; équatorien ; member
EE ; EST ; = ; - ; estonien ; member
EG ; EGY ; = ; - ; égyptien ; member
EH ; ESH ; = ; - ; sahraoui ; territory
ER ; ERI ; = ; - ; érythréen ; member
ES ; ESP ; = ; - ; espagnol ; member
ET ; ETH ; = ; - ; éthiopien ; member
FI ; FIN ; = ; - ; finlandais ; member
FJ ; FJI ; = ; Fidji ; fidjien ; member
FK ; FLK ; = ; Malouines|Falklands|îles Falkland ; - ; territory
FM ; FSM ; = ; États fédérés de Micronésie ; micronésien ; member
FO ; FRO ; = ; Féroé ; féroïen ; territory
FR ; FRA ; = ; République française ; français ; member
GA ; GAB ; = ; - ; gabonais ; member
GB ; GBR ; = ; Grande-Bretagne|Royaume-Uni de Grande-Bretagne et d'Irlande du Nord ; britannique ; member
GD ; GRD ; = ; - ; grenadien ; member ; ambiguous_name
GE ; GEO ; = ; - ; géorgien ; member ; ambiguous_name
GF ; GUF ; = ; Guyane ; guyanais ; territory
GG ; GGY ; = ; - ; - ; territory
GH ; GHA ; = ; - ; ghanéen ; member
GI ; GIB ; = ; - ; - ; territory
GL ; GRL ; = ; - ; groenlandais ; territory
GM ; GMB ; = ; - ; gambien ; member
GN ; GIN ; = ; Guinée-Conakry ; guinéen ; member ; ambiguous_name|ambiguous_demonym
GP ; GLP ; = ; - ; guadeloupéen ; territory
GQ ; GNQ ; = ; - ; équato-guinéen ; member
GR ; GRC ; = ; - ; grec ; member
GT ; GTM ; = ; - ; guatémaltèque ; member
GU ; GUM ; = ; - ; - ; territory
GW ; GNB ; = ; - ; bissau-guinéen|guinéen ; member ; ambiguous_demonym
GY ; GUY ; = ; - ; guyanien ; member
HK ; HKG ; Hong Kong ; R.A.S. chinoise de Hong Kong|Hongkong ; hongkongais ; territory
HN ; HND ; = ; - ; hondurien ; member
HR ; HRV ; = ; - ; croate ; member
HT ; HTI ; = ; - ; haïtien ; member
HU ; HUN ; = ; - ; hongrois ; member
ID ; IDN ; = ; - ; indonésien ; member
IE ; IRL ; = ; Eire ; irlandais ; member
IL ; ISR ; = ; État hébreu ; israélien ; member
IM ; IMN ; = ; - ; mannois ; territory
IN ; IND ; = ; - ; indien ; member
IO ; IOT ; = ; Chagos|archipel des Chagos|îles Chagos ; chagossien ; territory
IQ ; IRQ ; = ; Iraq ; irakien ; member
IR ; IRN ; = ; République islamique d'Iran ; iranien ; member
IS ; ISL ; = ; - ; islandais ; member
IT ; ITA ; = ; - ; italien ; member
JE ; JEY ; = ; - ; jersiais ; territory ; ambiguous_name
JM ; JAM ; = ; - ; jamaïcain ; member
JO ; JOR ; = ; - ; jordanien ; member
JP ; JPN ; = ; - ; japonais|nippon ; member
KE ; KEN ; = ; - ; kényan ; member
KG ; KGZ ; = ; Kirghizie|Kirghizistan ; kirghiz|kirghizstanais ; member
KH ; KHM ; = ; - ; cambodgien ; member
KI ; KIR ; = ; - ; kiribatien ; member
KM ; COM ; = ; - ; comorien ; member
KN ; KNA ; = ; Saint-Kitts-et-Nevis ; kittitien ; member
KP ; PRK ; = ; République populaire démocratique de Corée|RPDC ; nord-coréen|coréen ; member ; ambiguous_demonym
KR ; KOR ; = ; République de Corée ; sud-coréen|coréen ; member ; ambiguous_demonym
KW ; KWT ; = ; - ; koweïtien ; member
KY ; CYM ; = ; Caïmans ; caïmanais ; territory
KZ ; KAZ ; = ; - ; kazakh|kazakhstanais ; member
LA ; LAO ; = ; - ; laotien ; member
LB ; LBN ; = ; - ; libanais ; member
LC ; LCA ; = ; - ; saint-lucien ; member
LI ; LIE ; = ; - ; liechtensteinois ; member
LK ; LKA ; = ; - ; sri-lankais ; member
LR ; LBR ; = ; - ; libérien ; member
LS ; LSO ; = ; - ; - ; member
LT ; LTU ; = ; - ; lituanien ; member
LU ; LUX ; = ; Grand-Duché de Luxembourg ; luxembourgeois ; member
LV ; LVA ; = ; - ; letton ; member
LY ; LBY ; = ; - ; libyen ; member
MA ; MAR ; = ; Royaume du Maroc|Royaume chérifien ; marocain ; member
MC ; MCO ; = ; Principauté de Monaco ; monégasque ; member
MD ; MDA ; = ; Moldova ; moldave ; member
ME ; MNE ; = ; - ; monténégrin ; member
MF ; MAF ; = ; - ; saint-martinois ; territory ; ambiguous_demonym
MG ; MDG ; = ; - ; malgache ; member
MH ; MHL ; = ; - ; marshallais ; member
MK ; MKD ; = ; Macédoine ; macédonien|nord-macédonien ; member
ML ; MLI ; = ; République du Mali ; malien ; member
MM ; MMR ; Birmanie ; Myanmar ; birman ; member
MN ; MNG ; = ; - ; mongol ; member
MO ; MAC ; Macao ; R.A.S. chinoise de Macao|Macau ; macanais ; territory
MP ; MNP ; = ; Mariannes du Nord ; - ; territory
MQ ; MTQ ; = ; - ; martiniquais ; territory
MR ; MRT ; = ; - ; mauritanien ; member
MS ; MSR ; = ; - ; - ; territory
MT ; MLT ; = ; - ; maltais ; member
MU ; MUS ; = ; île Maurice ; mauricien ; member ; ambiguous_name
MV ; MDV ; = ; - ; maldivien ; member
MW ; MWI ; = ; - ; malawite|malawien ; member
MX ; MEX ; = ; - ; mexicain ; member
MY ; MYS ; = ; - ; malaisien ; member
MZ ; MOZ ; = ; - ; mozambicain ; member
NA ; NAM ; = ; - ; namibien ; member
NC ; NCL ; = ; Kanaky ; néo-calédonien|calédonien ; territory
NE ; NER ; = ; République du Niger ; nigérien ; member
NF ; NFK ; = ; - ; - ; territory
NG ; NGA ; = ; - ; nigérian ; member
NI ; NIC ; = ; - ; nicaraguayen ; member
NL ; NLD ; = ; - ; néerlandais|hollandais ; member
NO ; NOR ; = ; - ; norvégien ; member
NP ; NPL ; = ; - ; népalais ; member
NR ; NRU ; = ; - ; nauruan ; member
NU ; NIU ; = ; Niué ; niuéen ; territory
NZ ; NZL ; = ; - ; néo-zélandais ; member
OM ; OMN ; = ; Sultanat d'Oman ; omanais ; member
PA ; PAN ; = ; - ; panaméen ; member
PE ; PER ; = ; - ; péruvien ; member
PF ; PYF ; = ; Polynésie ; polynésien ; territory
PG ; PNG ; = ; - ; papouan-néo-guinéen ; member
PH ; PHL ; = ; - ; philippin ; member
PK ; PAK ; = ; - ; pakistanais ; member
PL ; POL ; = ; - ; polonais ; member
PM ; SPM ; = ; - ; saint-pierrais ; territory
PN ; PCN ; = ; Pitcairn ; - ; territory
PR ; PRI ; = ; Puerto Rico ; portoricain ; territory
PS ; PSE ; Palestine ; État de Palestine|Territoires palestiniens ; palestinien ; observer
PT ; PRT ; = ; - ; portugais ; member
PW ; PLW ; = ; Palau ; palaosien ; member
PY ; PRY ; = ; - ; paraguayen ; member
QA ; QAT ; = ; - ; qatari|qatarien ; member
RE ; REU ; La Réunion ; île de la Réunion ; réunionnais ; territory ; ambiguous_name
RO ; ROU ; = ; - ; roumain ; member
RS ; SRB ; = ; - ; serbe ; member
RU ; RUS ; = ; Fédération de Russie ; russe ; member
RW ; RWA ; = ; - ; rwandais ; member
SA ; SAU ; = ; Royaume d'Arabie saoudite ; saoudien ; member
SB ; SLB ; = ; - ; salomonais ; member
SC ; SYC ; = ; - ; seychellois ; member
SD ; SDN ; = ; - ; soudanais ; member
SE ; SWE ; = ; - ; suédois ; member
SG ; SGP ; = ; - ; singapourien ; member
SH ; SHN ; = ; - ; - ; territory
SI ; SVN ; = ; - ; slovène ; member
SK ; SVK ; = ; - ; slovaque ; member
SL ; SLE ; = ; - ; sierra-léonais ; member
SM ; SMR ; = ; - ; saint-marinais ; member
SN ; SEN ; = ; - ; sénégalais ; member
SO ; SOM ; = ; - ; somalien ; member
SR ; SUR ; = ; Surinam ; surinamais ; member
SS ; SSD ; = ; - ; sud-soudanais ; member
ST ; STP ; = ; - ; santoméen ; member
SV ; SLV ; = ; El Salvador ; salvadorien ; member
SX ; SXM ; = ; Sint Maarten ; saint-martinois ; territory ; ambiguous_demonym
SY ; SYR ; = ; République arabe syrienne ; syrien ; member
SZ ; SWZ ; = ; Swaziland ; swazi ; member
TC ; TCA ; = ; - ; - ; territory
TD ; TCD ; = ; - ; tchadien ; member
TF ; ATF ; Terres australes et antarctiques françaises ; Terres australes françaises|TAAF ; - ; territory
TG ; TGO ; = ; - ; togolais ; member
TH ; THA ; = ; - ; thaïlandais|thaï ; member
TJ ; TJK ; = ; Tadjikistan ; tadjik ; member
TK ; TKL ; = ; - ; - ; territory
TL ; TLS ; = ; Timor-Leste|Timor-Oriental ; est-timorais|timorais ; member
TM ; TKM ; = ; - ; turkmène ; member
TN ; TUN ; = ; - ; tunisien ; member
TO ; TON ; = ; - ; tongien ; member
TR ; TUR ; = ; Türkiye ; turc ; member
TT ; TTO ; = ; Trinidad-et-Tobago ; trinidadien ; member
TV ; TUV ; = ; - ; tuvaluan ; member
TW ; TWN ; = ; Formose|République de Chine ; taïwanais ; territory
TZ ; TZA ; = ; - ; tanzanien ; member
UA ; UKR ; = ; - ; ukrainien ; member
UG ; UGA ; = ; - ; ougandais ; member
US ; USA ; = ; États-Unis d'Amérique|USA ; américain|étasunien ; member
UY ; URY ; = ; - ; uruguayen ; member
UZ ; UZB ; = ; - ; ouzbek ; member
VA ; VAT ; Vatican ; Saint-Siège|Cité du Vatican|État de la Cité du Vatican ; - ; observer
VC ; VCT ; = ; Saint-Vincent-et-les-Grenadines ; vincentais ; member
VE ; VEN ; = ; - ; vénézuélien ; member
VG ; VGB ; = ; - ; - ; territory
VI ; VIR ; = ; - ; - ; territory
VN ; VNM ; Vietnam ; Viêt Nam ; vietnamien ; member
VU ; VUT ; = ; - ; vanuatais ; member
WF ; WLF ; = ; Wallis et Futuna ; wallisien ; territory
WS ; WSM ; = ; - ; samoan ; member
XK ; XKX ; = ; République du Kosovo ; kosovar ; territory
YE ; YEM ; = ; Yemen ; yéménite ; member
YT ; MYT ; = ; - ; mahorais ; territory
ZA ; ZAF ; = ; - ; sud-africain ; member
ZM ; ZMB ; = ; - ; zambien ; member
ZW ; ZWE ; = ; - ; zimbabwéen ; member
"""

# Kosovo has no ISO 3166-1 code; XK / XKX are the user-assigned codes used by
# the European Commission, the IMF and others (CLDR's alias is XKK).
USER_ASSIGNED_A3 = {"XK": "XKX"}


def main() -> None:
    check_babel()
    from babel import Locale
    from babel.core import get_global

    cldr = Locale("fr").territories
    aliases = get_global("territory_aliases")
    a3_of = {}
    for k, v in aliases.items():
        if len(k) == 3 and k.isalpha() and len(v) == 1:
            a3_of.setdefault(v[0], set()).add(k)

    rows = []
    problems = []
    for a2, a3, name, variants, dem, status, flags in parse_block(DATA, 7):
        if a2 not in cldr:
            problems.append(f"{a2}: not a CLDR region")
            continue
        cldr_name = norm(cldr[a2])
        if USER_ASSIGNED_A3.get(a2) != a3 and a3 not in a3_of.get(a2, set()):
            problems.append(f"{a2}: alpha-3 {a3} not in CLDR aliases {a3_of.get(a2)}")
        var = [] if variants == "-" else variants.split("|")
        if name == "=":
            name = cldr_name
        else:
            name = norm(name)
            var.append(cldr_name)  # keep the CLDR form as a variant
        var = dedupe_folded(name, var)
        dem_forms = [] if dem == "-" else [f for lemma in dem.split("|") for f in forms(lemma)]
        rows.append([a2, a3, name, cell(var), cell(dem_forms), status, flags])
    if problems:
        raise SystemExit("\n".join(problems))
    rows.sort(key=lambda r: r[0])
    write_tsv(
        "countries.tsv",
        ["alpha2", "alpha3", "name", "variants", "demonyms", "status", "flags"],
        rows,
    )


if __name__ == "__main__":
    main()
