"""Generate crates/depeche-entities/data/organizations.tsv.

Run from the repository root:  python3 tools/entities-data/gen_organizations.py
(standard library only), then python3 tools/entities-data/check.py.

Every row is a fact written by hand: the name of an organisation as French
news copy writes it, its acronyms (case as written), alternative names, its
type and, for national bodies, the ISO alpha-2 code of its country.

Record format: id ; name ; acronyms ; variants ; type ; country ; flags
"""

from __future__ import annotations

from common import cell, dedupe_folded, norm, parse_block, write_tsv

DATA = r"""
# --- UN system and international bodies ---
onu ; Organisation des Nations unies ; ONU ; Nations unies|Nations Unies ; international
conseil-de-securite ; Conseil de sécurité de l'ONU ; CSNU ; Conseil de sécurité|Conseil de sécurité des Nations unies ; international
assemblee-generale-onu ; Assemblée générale de l'ONU ; AGNU ; Assemblée générale des Nations unies ; international
cpi ; Cour pénale internationale ; CPI|ICC ; - ; international
cij ; Cour internationale de justice ; CIJ|ICJ ; - ; international
fmi ; Fonds monétaire international ; FMI|IMF ; - ; international
banque-mondiale ; Banque mondiale ; BM ; World Bank ; international ; - ; ambiguous_acronym
oms ; Organisation mondiale de la santé ; OMS|WHO ; - ; international
hcr ; Haut-Commissariat des Nations unies pour les réfugiés ; HCR|UNHCR ; Haut Commissariat aux réfugiés|agence de l'ONU pour les réfugiés ; international
unicef ; Unicef ; UNICEF|Unicef ; Fonds des Nations unies pour l'enfance ; international
pam ; Programme alimentaire mondial ; PAM|WFP ; - ; international ; - ; ambiguous_acronym
fao ; Organisation des Nations unies pour l'alimentation et l'agriculture ; FAO ; - ; international
unesco ; Unesco ; UNESCO|Unesco ; Organisation des Nations unies pour l'éducation, la science et la culture ; international
ocha ; Bureau de la coordination des affaires humanitaires de l'ONU ; OCHA|Ocha ; Bureau des affaires humanitaires de l'ONU ; international
unrwa ; UNRWA ; UNRWA|Unrwa ; Office de secours et de travaux des Nations unies pour les réfugiés de Palestine ; international
pnud ; Programme des Nations unies pour le développement ; PNUD|UNDP ; - ; international
pnue ; Programme des Nations unies pour l'environnement ; PNUE|UNEP ; - ; international
oim ; Organisation internationale pour les migrations ; OIM|IOM ; - ; international
oit ; Organisation internationale du travail ; OIT|ILO ; - ; international
omc ; Organisation mondiale du commerce ; OMC|WTO ; - ; international
aiea ; Agence internationale de l'énergie atomique ; AIEA|IAEA ; - ; international
aie ; Agence internationale de l'énergie ; AIE|IEA ; - ; international
opcw ; Organisation pour l'interdiction des armes chimiques ; OIAC|OPCW ; - ; international
unfpa ; Fonds des Nations unies pour la population ; UNFPA ; - ; international
onu-femmes ; ONU Femmes ; - ; ONU-Femmes ; international
hcdh ; Haut-Commissariat des Nations unies aux droits de l'homme ; HCDH|OHCHR ; Haut-Commissariat aux droits de l'homme ; international
conseil-des-droits-de-l-homme ; Conseil des droits de l'homme de l'ONU ; CDH ; Conseil des droits de l'homme ; international
interpol ; Interpol ; - ; Organisation internationale de police criminelle ; international
ocde ; Organisation de coopération et de développement économiques ; OCDE|OECD ; - ; international
omm ; Organisation météorologique mondiale ; OMM|WMO ; - ; international
oaci ; Organisation de l'aviation civile internationale ; OACI|ICAO ; - ; international
giec ; Groupe d'experts intergouvernemental sur l'évolution du climat ; GIEC|Giec|IPCC ; - ; international
tpiy ; Tribunal pénal international pour l'ex-Yougoslavie ; TPIY ; - ; international
tpir ; Tribunal pénal international pour le Rwanda ; TPIR ; - ; international
cio ; Comité international olympique ; CIO|IOC ; - ; international
fifa ; Fifa ; FIFA|Fifa ; Fédération internationale de football association ; international
bad ; Banque africaine de développement ; BAD|AfDB ; - ; regional ; - ; ambiguous_acronym
bei ; Banque européenne d'investissement ; BEI ; - ; regional
bce ; Banque centrale européenne ; BCE|ECB ; - ; regional
fed ; Réserve fédérale américaine ; Fed ; Réserve fédérale ; government ; US
bceao ; Banque centrale des États de l'Afrique de l'Ouest ; BCEAO|Bceao ; - ; regional
beac ; Banque des États de l'Afrique centrale ; BEAC|Beac ; - ; regional
oif ; Organisation internationale de la francophonie ; OIF ; Francophonie ; international
opep ; Opep ; OPEP|Opep|OPEC ; Organisation des pays exportateurs de pétrole|Opep+ ; international
club-de-paris ; Club de Paris ; - ; - ; international
# --- UN missions ---
minusma ; Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali ; MINUSMA|Minusma ; - ; international ; ML
monusco ; Mission de l'ONU en RDC ; MONUSCO|Monusco ; Mission de l'Organisation des Nations unies pour la stabilisation en République démocratique du Congo ; international ; CD
minusca ; Mission multidimensionnelle intégrée des Nations unies pour la stabilisation en Centrafrique ; MINUSCA|Minusca ; - ; international ; CF
finul ; Force intérimaire des Nations unies au Liban ; FINUL|Finul|UNIFIL ; - ; international ; LB
minuss ; Mission des Nations unies au Soudan du Sud ; MINUSS|UNMISS ; - ; international ; SS
minurso ; Mission des Nations unies pour l'organisation d'un référendum au Sahara occidental ; MINURSO|Minurso ; - ; international ; EH
atmis ; Mission de transition de l'Union africaine en Somalie ; ATMIS|Atmis ; AMISOM|Amisom ; regional ; SO
# --- regional and intergovernmental bodies ---
ua ; Union africaine ; UA ; - ; regional ; - ; ambiguous_acronym
ue ; Union européenne ; UE ; - ; regional
commission-europeenne ; Commission européenne ; - ; Commission de Bruxelles ; regional
parlement-europeen ; Parlement européen ; - ; Parlement de Strasbourg ; regional
conseil-europeen ; Conseil européen ; - ; - ; regional
conseil-de-l-europe ; Conseil de l'Europe ; - ; - ; regional
cedh ; Cour européenne des droits de l'homme ; CEDH ; - ; regional
cjue ; Cour de justice de l'Union européenne ; CJUE ; - ; regional
frontex ; Frontex ; - ; Agence européenne de garde-frontières et de garde-côtes ; regional
europol ; Europol ; - ; - ; regional
otan ; Otan ; OTAN|Otan|NATO ; Organisation du traité de l'Atlantique Nord|Alliance atlantique ; regional
osce ; Organisation pour la sécurité et la coopération en Europe ; OSCE ; - ; regional
cedeao ; Cedeao ; CEDEAO|Cedeao|ECOWAS ; Communauté économique des États de l'Afrique de l'Ouest ; regional
aes ; Alliance des États du Sahel ; AES ; Confédération des États du Sahel|Confédération AES ; regional
uemoa ; Union économique et monétaire ouest-africaine ; UEMOA|Uemoa ; - ; regional
ceeac ; Communauté économique des États de l'Afrique centrale ; CEEAC|Ceeac ; - ; regional
cemac ; Communauté économique et monétaire de l'Afrique centrale ; CEMAC|Cemac ; - ; regional
sadc ; Communauté de développement d'Afrique australe ; SADC ; - ; regional
eac ; Communauté d'Afrique de l'Est ; EAC ; - ; regional
igad ; Autorité intergouvernementale pour le développement ; IGAD|Igad ; - ; regional
g5-sahel ; G5 Sahel ; - ; G5-Sahel ; regional
cblt ; Commission du bassin du lac Tchad ; CBLT ; - ; regional
fmm ; Force multinationale mixte ; FMM ; - ; regional
uma ; Union du Maghreb arabe ; UMA ; - ; regional
ligue-arabe ; Ligue arabe ; - ; Ligue des États arabes ; regional
ccg ; Conseil de coopération du Golfe ; CCG ; - ; regional
oci ; Organisation de la coopération islamique ; OCI ; - ; regional
asean ; Association des nations de l'Asie du Sud-Est ; ASEAN|Asean|Anase ; - ; regional
ocs ; Organisation de coopération de Shanghai ; OCS ; - ; regional
cei ; Communauté des États indépendants ; CEI ; - ; regional
otsc ; Organisation du traité de sécurité collective ; OTSC ; - ; regional
oea ; Organisation des États américains ; OEA ; - ; regional
mercosur ; Mercosur ; - ; Marché commun du Sud ; regional
celac ; Communauté des États latino-américains et caraïbes ; Celac|CELAC ; - ; regional
g7 ; G7 ; - ; groupe des Sept ; regional
g20 ; G20 ; - ; groupe des Vingt ; regional
brics ; Brics ; BRICS|Brics ; - ; regional
commonwealth ; Commonwealth ; - ; - ; regional
# --- Sahel governments, juntas, armies ---
cnsp ; Conseil national pour la sauvegarde de la patrie ; CNSP ; - ; government ; NE
fan ; Forces armées nigériennes ; FAN ; armée nigérienne ; government ; NE
fds-niger ; Forces de défense et de sécurité du Niger ; FDS ; - ; government ; NE ; ambiguous_acronym
fama ; Forces armées maliennes ; FAMa|FAMA ; armée malienne ; government ; ML
cnt-mali ; Conseil national de transition du Mali ; CNT ; - ; government ; ML ; ambiguous_acronym
cnsp-mali ; Comité national pour le salut du peuple ; - ; - ; government ; ML
mpsr ; Mouvement patriotique pour la sauvegarde et la restauration ; MPSR ; - ; government ; BF
fanb ; Forces armées nationales du Burkina Faso ; FANB ; armée burkinabè ; government ; BF
vdp ; Volontaires pour la défense de la patrie ; VDP ; - ; government ; BF
cmt ; Conseil militaire de transition du Tchad ; CMT ; - ; government ; TD
ant ; Armée nationale tchadienne ; ANT ; armée tchadienne ; government ; TD
cnrd ; Comité national du rassemblement pour le développement ; CNRD ; - ; government ; GN
ctri ; Comité pour la transition et la restauration des institutions ; CTRI ; - ; government ; GA
fardc ; Forces armées de la République démocratique du Congo ; FARDC ; armée congolaise ; government ; CD
wazalendo ; Wazalendo ; - ; - ; armed_group ; CD
fsr ; Forces de soutien rapide ; FSR|RSF ; - ; armed_group ; SD ; ambiguous_acronym
fas ; Forces armées soudanaises ; FAS|SAF ; armée soudanaise ; government ; SD
tsahal ; Tsahal ; - ; armée israélienne|Forces de défense d'Israël ; government ; IL
shin-beth ; Shin Beth ; - ; Shabak ; government ; IL
mossad ; Mossad ; - ; - ; government ; IL
knesset ; Knesset ; - ; - ; government ; IL
gardiens-de-la-revolution ; Gardiens de la révolution ; CGRI ; Corps des gardiens de la révolution islamique|pasdaran|pasdarans ; government ; IR
force-al-qods ; Force Al-Qods ; - ; force Qods ; government ; IR
fsb ; FSB ; FSB ; Service fédéral de sécurité ; government ; RU
gru ; GRU ; GRU ; renseignement militaire russe ; government ; RU
douma ; Douma ; - ; Douma d'État ; government ; RU ; ambiguous_name
cia ; CIA ; CIA ; - ; government ; US
fbi ; FBI ; FBI ; - ; government ; US
nsa ; NSA ; NSA ; - ; government ; US
congres-americain ; Congrès américain ; - ; Congrès des États-Unis ; government ; US
senat-americain ; Sénat américain ; - ; - ; government ; US
chambre-des-representants ; Chambre des représentants ; - ; - ; government ; US
departement-d-etat ; Département d'État ; - ; diplomatie américaine ; government ; US
cour-supreme-americaine ; Cour suprême des États-Unis ; - ; Cour suprême américaine ; government ; US
# --- France: institutions ---
assemblee-nationale ; Assemblée nationale ; - ; - ; government ; FR
senat ; Sénat ; - ; - ; government ; FR
conseil-constitutionnel ; Conseil constitutionnel ; - ; - ; government ; FR
conseil-d-etat ; Conseil d'État ; - ; - ; government ; FR
cour-des-comptes ; Cour des comptes ; - ; - ; government ; FR
dgse ; Direction générale de la sécurité extérieure ; DGSE ; - ; government ; FR
dgsi ; Direction générale de la sécurité intérieure ; DGSI ; - ; government ; FR
pnat ; Parquet national antiterroriste ; PNAT ; - ; government ; FR
banque-de-france ; Banque de France ; - ; - ; government ; FR
insee ; Insee ; INSEE|Insee ; Institut national de la statistique et des études économiques ; government ; FR
barkhane ; opération Barkhane ; - ; Barkhane|force Barkhane ; government ; FR
serval ; opération Serval ; - ; Serval ; government ; FR ; ambiguous_name
sentinelle ; opération Sentinelle ; - ; - ; government ; FR
legion-etrangere ; Légion étrangère ; - ; - ; government ; FR
gign ; GIGN ; GIGN ; Groupe d'intervention de la gendarmerie nationale ; government ; FR
raid ; Raid ; RAID ; - ; government ; FR ; ambiguous_acronym
cos ; Commandement des opérations spéciales ; COS ; - ; government ; FR ; ambiguous_acronym
takuba ; task force Takuba ; - ; Takuba ; regional ; ML
eutm-mali ; Mission de formation de l'Union européenne au Mali ; EUTM|EUTM Mali ; - ; regional ; ML
eucap-sahel ; Eucap Sahel ; - ; EUCAP Sahel ; regional
garde-nationale-niger ; Garde nationale du Niger ; GNN ; - ; government ; NE
gendarmerie-nationale ; Gendarmerie nationale ; - ; gendarmerie française ; government ; FR
armee-francaise ; armée française ; - ; forces armées françaises ; government ; FR
# --- France: parties ---
renaissance ; Renaissance ; LREM ; La République en marche|En marche ; party ; FR ; ambiguous_name
rn ; Rassemblement national ; RN ; Front national ; party ; FR ; ambiguous_acronym
lfi ; La France insoumise ; LFI ; France insoumise ; party ; FR
ps ; Parti socialiste ; PS ; - ; party ; FR ; ambiguous_acronym
lr ; Les Républicains ; LR ; - ; party ; FR
eelv ; Les Écologistes ; EELV ; Europe Écologie Les Verts ; party ; FR
pcf ; Parti communiste français ; PCF ; - ; party ; FR
modem ; MoDem ; MoDem|Modem ; Mouvement démocrate ; party ; FR
horizons ; Horizons ; - ; - ; party ; FR ; ambiguous_name
reconquete ; Reconquête ; - ; - ; party ; FR ; ambiguous_name
udi ; Union des démocrates et indépendants ; UDI ; - ; party ; FR
nfp ; Nouveau Front populaire ; NFP ; - ; party ; FR
# --- parties elsewhere ---
russie-unie ; Russie unie ; - ; - ; party ; RU
parti-democrate ; Parti démocrate ; - ; démocrates ; party ; US
parti-republicain ; Parti républicain ; - ; républicains ; party ; US
akp ; Parti de la justice et du développement ; AKP ; - ; party ; TR
pkk ; Parti des travailleurs du Kurdistan ; PKK ; - ; armed_group ; -
likoud ; Likoud ; - ; - ; party ; IL
fatah ; Fatah ; - ; - ; party ; PS
olp ; Organisation de libération de la Palestine ; OLP ; - ; party ; PS
autorite-palestinienne ; Autorité palestinienne ; AP ; - ; government ; PS ; ambiguous_acronym
anc ; Congrès national africain ; ANC ; - ; party ; ZA
pds ; Parti démocratique sénégalais ; PDS ; - ; party ; SN
pastef ; Pastef ; - ; Patriotes africains du Sénégal pour le travail, l'éthique et la fraternité ; party ; SN
pnds ; Parti nigérien pour la démocratie et le socialisme ; PNDS|PNDS-Tarayya ; - ; party ; NE
rhdp ; Rassemblement des houphouëtistes pour la démocratie et la paix ; RHDP ; - ; party ; CI
pdci ; Parti démocratique de Côte d'Ivoire ; PDCI|PDCI-RDA ; - ; party ; CI
rdpc ; Rassemblement démocratique du peuple camerounais ; RDPC ; - ; party ; CM
fln ; Front de libération nationale ; FLN ; - ; party ; DZ
ennahdha ; Ennahdha ; - ; Ennahda ; party ; TN
udps ; Union pour la démocratie et le progrès social ; UDPS ; - ; party ; CD
fpr ; Front patriotique rwandais ; FPR ; - ; party ; RW
pcc ; Parti communiste chinois ; PCC ; - ; party ; CN
# --- armed groups: Sahel, West Africa ---
ei ; État islamique ; EI|Daech|Daesh|ISIS|EIIL ; groupe État islamique|organisation État islamique|groupe EI ; armed_group
eigs ; État islamique au Sahel ; EIGS ; État islamique au Grand Sahara|État islamique dans le Grand Sahara|EI-Sahel|groupe État islamique au Sahel ; armed_group
iswap ; État islamique en Afrique de l'Ouest ; ISWAP|Iswap ; Province d'Afrique de l'Ouest de l'État islamique|EIAO ; armed_group
ei-k ; État islamique au Khorasan ; EI-K|EI-Khorasan|ISKP ; - ; armed_group
ei-mozambique ; État islamique au Mozambique ; - ; - ; armed_group ; MZ
al-qaida ; Al-Qaïda ; - ; Al-Qaida|Al-Qaeda|Al Qaïda|Al Qaida|réseau Al-Qaïda ; armed_group
aqmi ; Al-Qaïda au Maghreb islamique ; AQMI|Aqmi ; - ; armed_group
aqpa ; Al-Qaïda dans la péninsule arabique ; AQPA|Aqpa ; - ; armed_group
jnim ; Groupe de soutien à l'islam et aux musulmans ; JNIM|Jnim|GSIM ; Jama'at Nusrat al-Islam wal-Muslimin ; armed_group
ansar-dine ; Ansar Dine ; - ; Ansar Eddine ; armed_group ; ML
katiba-macina ; katiba Macina ; - ; Front de libération du Macina|FLM ; armed_group ; ML
ansarul-islam ; Ansarul Islam ; - ; Ansaroul Islam ; armed_group ; BF
al-mourabitoune ; Al-Mourabitoune ; - ; - ; armed_group
mujao ; Mouvement pour l'unicité et le jihad en Afrique de l'Ouest ; MUJAO|Mujao ; - ; armed_group
boko-haram ; Boko Haram ; - ; - ; armed_group
ansaru ; Ansaru ; - ; - ; armed_group ; NG
lakurawa ; Lakurawa ; - ; - ; armed_group
fpl ; Front patriotique de libération ; FPL ; - ; armed_group ; NE
csp-dpa ; Cadre stratégique permanent pour la défense du peuple de l'Azawad ; CSP-DPA|CSP ; - ; armed_group ; ML
fla ; Front de libération de l'Azawad ; FLA ; - ; armed_group ; ML
cma ; Coordination des mouvements de l'Azawad ; CMA ; - ; armed_group ; ML
mnla ; Mouvement national de libération de l'Azawad ; MNLA|Mnla ; - ; armed_group ; ML
gatia ; Groupe autodéfense touareg Imghad et alliés ; GATIA|Gatia ; - ; armed_group ; ML
plateforme ; Plateforme des mouvements du 14 juin 2014 d'Alger ; - ; Plateforme ; armed_group ; ML ; ambiguous_name
dan-na-ambassagou ; Dan Na Ambassagou ; - ; - ; armed_group ; ML
fact ; Front pour l'alternance et la concorde au Tchad ; FACT ; - ; armed_group ; TD ; ambiguous_acronym
# --- armed groups: Central and East Africa ---
m23 ; M23 ; M23 ; Mouvement du 23 mars|M23/AFC ; armed_group ; CD
afc ; Alliance Fleuve Congo ; AFC ; - ; armed_group ; CD
adf ; Forces démocratiques alliées ; ADF ; - ; armed_group
fdlr ; Forces démocratiques de libération du Rwanda ; FDLR ; - ; armed_group
codeco ; Coopérative pour le développement du Congo ; Codeco|CODECO ; - ; armed_group ; CD
mai-mai ; Maï-Maï ; - ; Mai-Mai ; armed_group ; CD
red-tabara ; RED-Tabara ; - ; Résistance pour un État de droit au Burundi ; armed_group
cpc ; Coalition des patriotes pour le changement ; CPC ; - ; armed_group ; CF
seleka ; Séléka ; - ; - ; armed_group ; CF
anti-balaka ; anti-balaka ; - ; - ; armed_group ; CF
lra ; Armée de résistance du Seigneur ; LRA ; - ; armed_group
shebab ; shebab ; - ; chebab|shabab|al-Shabaab|al-Shabab|Harakat al-Shabaab al-Mujahidin ; armed_group ; SO
ansar-al-sunna ; Ansar al-Sunna ; - ; Al-Shabab du Mozambique|Al-Sunna wa Jama'a ; armed_group ; MZ
splm-n ; Mouvement populaire de libération du Soudan-Nord ; SPLM-N ; - ; armed_group ; SD
tplf ; Front de libération du peuple du Tigré ; TPLF|FLPT ; - ; armed_group ; ET
fano ; Fano ; - ; - ; armed_group ; ET
ola ; Armée de libération oromo ; OLA ; - ; armed_group ; ET
ambazonie ; séparatistes ambazoniens ; - ; Forces de défense de l'Ambazonie ; armed_group ; CM
polisario ; Front Polisario ; - ; Polisario ; armed_group ; EH
anl ; Armée nationale libyenne ; ANL ; forces du maréchal Haftar ; armed_group ; LY
# --- armed groups: Middle East ---
hamas ; Hamas ; - ; Mouvement de la résistance islamique ; armed_group ; PS
brigades-ezzedine-al-qassam ; Brigades Ezzedine al-Qassam ; - ; Brigades al-Qassam|Ezzedine al-Qassam ; armed_group ; PS
jihad-islamique ; Jihad islamique ; - ; Jihad islamique palestinien|Mouvement du jihad islamique en Palestine ; armed_group ; PS
fplp ; Front populaire de libération de la Palestine ; FPLP ; - ; armed_group ; PS
brigades-des-martyrs-d-al-aqsa ; Brigades des martyrs d'Al-Aqsa ; - ; - ; armed_group ; PS
hezbollah ; Hezbollah ; - ; Hezbollah libanais ; armed_group ; LB
amal ; Amal ; - ; mouvement Amal ; party ; LB ; ambiguous_name
houthis ; Houthis ; - ; rebelles houthis|Ansar Allah|Ansarullah ; armed_group ; YE
hts ; Hayat Tahrir al-Cham ; HTS ; Hayat Tahrir al-Sham|Front al-Nosra|Front Fateh al-Cham ; armed_group ; SY
fds ; Forces démocratiques syriennes ; FDS ; - ; armed_group ; SY ; ambiguous_acronym
ypg ; Unités de protection du peuple ; YPG ; - ; armed_group ; SY
ans ; Armée nationale syrienne ; ANS ; - ; armed_group ; SY ; ambiguous_acronym
hachd-al-chaabi ; Hachd al-Chaabi ; - ; Forces de mobilisation populaire|Hachd ; armed_group ; IQ
kataeb-hezbollah ; Kataeb Hezbollah ; - ; Brigades du Hezbollah ; armed_group ; IQ
resistance-islamique-en-irak ; Résistance islamique en Irak ; - ; - ; armed_group ; IQ
# --- armed groups: Afghanistan, Pakistan, Asia ---
talibans ; talibans ; - ; taliban|Taliban|Talibans ; armed_group ; AF
reseau-haqqani ; réseau Haqqani ; - ; Haqqani ; armed_group ; AF
ttp ; Tehreek-e-Taliban Pakistan ; TTP ; talibans pakistanais ; armed_group ; PK
lashkar-e-taiba ; Lashkar-e-Taiba ; LeT ; - ; armed_group ; PK
jaish-e-mohammed ; Jaish-e-Mohammed ; JeM ; - ; armed_group ; PK
bla ; Armée de libération du Baloutchistan ; BLA ; - ; armed_group ; PK
abou-sayyaf ; Abou Sayyaf ; - ; Abu Sayyaf ; armed_group ; PH
arakan-army ; Armée d'Arakan ; AA ; - ; armed_group ; MM ; ambiguous_acronym
# --- armed groups: Latin America ---
farc ; Forces armées révolutionnaires de Colombie ; FARC|Farc ; - ; armed_group ; CO
eln ; Armée de libération nationale ; ELN ; - ; armed_group ; CO
clan-del-golfo ; Clan del Golfo ; - ; - ; armed_group ; CO
sentier-lumineux ; Sentier lumineux ; - ; - ; armed_group ; PE
cartel-de-sinaloa ; cartel de Sinaloa ; - ; - ; armed_group ; MX
cjng ; cartel Jalisco Nouvelle Génération ; CJNG ; - ; armed_group ; MX
tren-de-aragua ; Tren de Aragua ; - ; - ; armed_group ; VE
viv-ansanm ; Viv Ansanm ; - ; - ; armed_group ; HT
ms-13 ; Mara Salvatrucha ; MS-13 ; - ; armed_group
# --- private military companies ---
wagner ; Wagner ; - ; groupe Wagner|groupe paramilitaire Wagner ; armed_group ; RU
africa-corps ; Africa Corps ; - ; - ; armed_group ; RU
# --- companies ---
orano ; Orano ; - ; Areva ; company ; FR
totalenergies ; TotalEnergies ; - ; - ; company ; FR
airbus ; Airbus ; - ; - ; company ; FR
dassault ; Dassault Aviation ; - ; - ; company ; FR
thales ; Thales ; - ; - ; company ; FR
bollore ; Bolloré ; - ; - ; company ; FR
edf ; EDF ; EDF ; Électricité de France ; company ; FR
air-france ; Air France ; - ; - ; company ; FR
gazprom ; Gazprom ; - ; - ; company ; RU
rosatom ; Rosatom ; - ; - ; company ; RU
rosneft ; Rosneft ; - ; - ; company ; RU
aramco ; Saudi Aramco ; - ; Aramco ; company ; SA
boeing ; Boeing ; - ; - ; company ; US
lockheed-martin ; Lockheed Martin ; - ; - ; company ; US
starlink ; Starlink ; - ; - ; company ; US
spacex ; SpaceX ; - ; - ; company ; US
tesla ; Tesla ; - ; - ; company ; US
huawei ; Huawei ; - ; - ; company ; CN
# --- media ---
afp ; Agence France-Presse ; AFP ; - ; media ; FR
reuters ; Reuters ; - ; - ; media ; GB
ap ; Associated Press ; AP ; - ; media ; US ; ambiguous_acronym
rfi ; RFI ; RFI ; Radio France Internationale ; media ; FR
france-24 ; France 24 ; - ; - ; media ; FR
france-televisions ; France Télévisions ; - ; - ; media ; FR
tv5monde ; TV5 Monde ; - ; TV5Monde ; media ; FR
le-monde ; Le Monde ; - ; - ; media ; FR
le-figaro ; Le Figaro ; - ; - ; media ; FR
liberation ; Libération ; - ; - ; media ; FR ; ambiguous_name
jeune-afrique ; Jeune Afrique ; - ; - ; media ; FR
al-jazeera ; Al Jazeera ; - ; Al-Jazeera ; media ; QA
al-arabiya ; Al-Arabiya ; - ; Al Arabiya ; media ; SA
bbc ; BBC ; BBC ; - ; media ; GB
cnn ; CNN ; CNN ; - ; media ; US
new-york-times ; New York Times ; NYT ; - ; media ; US
washington-post ; Washington Post ; - ; - ; media ; US
wall-street-journal ; Wall Street Journal ; WSJ ; - ; media ; US
bloomberg ; Bloomberg ; - ; - ; media ; US
tass ; Tass ; TASS|Tass ; agence Tass ; media ; RU
ria-novosti ; RIA Novosti ; - ; Ria Novosti ; media ; RU
rt ; RT ; RT ; Russia Today ; media ; RU ; ambiguous_acronym
xinhua ; Chine nouvelle ; - ; Xinhua ; media ; CN
ortn ; Office de radiodiffusion et télévision du Niger ; ORTN ; télévision nationale nigérienne|Télé Sahel ; media ; NE
ortm ; Office de radiodiffusion télévision du Mali ; ORTM ; - ; media ; ML
rtb ; Radiodiffusion Télévision du Burkina ; RTB ; - ; media ; BF
anp ; Agence nigérienne de presse ; ANP ; - ; media ; NE
dw ; Deutsche Welle ; DW ; - ; media ; DE
# --- NGOs ---
msf ; Médecins sans frontières ; MSF ; - ; ngo
cicr ; Comité international de la Croix-Rouge ; CICR|ICRC ; - ; ngo
croix-rouge ; Croix-Rouge ; - ; Croissant-Rouge|Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge|FICR ; ngo
amnesty-international ; Amnesty International ; - ; Amnesty ; ngo
hrw ; Human Rights Watch ; HRW ; - ; ngo
rsf ; Reporters sans frontières ; RSF ; - ; ngo ; - ; ambiguous_acronym
cpj ; Comité pour la protection des journalistes ; CPJ ; - ; ngo
oxfam ; Oxfam ; - ; - ; ngo
save-the-children ; Save the Children ; - ; - ; ngo
action-contre-la-faim ; Action contre la faim ; ACF ; - ; ngo
nrc ; Conseil norvégien pour les réfugiés ; NRC ; - ; ngo
irc ; International Rescue Committee ; IRC ; - ; ngo
care ; Care ; CARE ; Care International ; ngo ; - ; ambiguous_name
acled ; Acled ; ACLED|Acled ; - ; ngo
crisis-group ; International Crisis Group ; ICG ; Crisis Group ; ngo
greenpeace ; Greenpeace ; - ; - ; ngo
transparency-international ; Transparency International ; - ; - ; ngo
osdh ; Observatoire syrien des droits de l'homme ; OSDH ; - ; ngo ; SY
alima ; Alima ; ALIMA ; - ; ngo
mdm ; Médecins du monde ; MdM ; - ; ngo
secours-islamique ; Secours islamique France ; - ; - ; ngo
"""


def main() -> None:
    rows = []
    seen = set()
    for oid, name, acr, variants, typ, country, flags in parse_block(DATA, 7):
        oid = oid.lower()
        if oid in seen:
            raise SystemExit(f"duplicate id {oid}")
        seen.add(oid)
        name = norm(name)
        acr_list = [] if acr == "-" else [norm(a) for a in acr.split("|")]
        var = dedupe_folded(name, [] if variants == "-" else variants.split("|"))
        var = [v for v in var if v not in acr_list]
        rows.append([oid, name, cell(acr_list), cell(var), typ, country, flags])
    rows.sort(key=lambda r: r[0])
    write_tsv(
        "organizations.tsv",
        ["id", "name", "acronyms", "variants", "type", "country", "flags"],
        rows,
    )


if __name__ == "__main__":
    main()
