"""Generate crates/depeche-entities/data/places.tsv.

Run from the repository root (after gen_countries.py):

    pip install -r tools/entities-data/requirements.txt   # babel==2.18.0 (CLDR 47)
    python3 tools/entities-data/gen_places.py
    python3 tools/entities-data/check.py

The rows below are facts written by hand (French names of places as French
news copy writes them, ISO codes of the country they are in, the usual
adjective). The script cross-checks city names against the French exemplar
city names of Unicode CLDR (time-zone exemplar cities shipped by babel) and
prints the places where the two differ, so the choice stays deliberate
(e.g. CLDR 'Kyiv' / news 'Kiev', CLDR 'Dhaka' / AFP 'Dacca').

Record format: name ; kind ; country ; variants ; demonym lemmas ; metonym ; flags ; id
  * country: ISO alpha-2, '-' for cross-border regions
  * metonym: '=' means the same code as `country`
  * id: '-' means slug(name)
  * demonym lemmas are expanded to their four forms by gen_countries.forms()
"""

from __future__ import annotations

import zoneinfo

from common import cell, check_babel, dedupe_folded, fold, norm, parse_block, slug, write_tsv
from gen_countries import forms

CAPITALS = r"""
# --- national capitals (UN members, observers, territories) ---
Abou Dhabi ; city ; AE ; Abu Dhabi ; - ; =
Abuja ; city ; NG ; - ; - ; =
Accra ; city ; GH ; - ; - ; =
Achgabat ; city ; TM ; Achkhabad|Ashgabat ; - ; =
Addis-Abeba ; city ; ET ; Addis Abeba|Addis Ababa ; - ; =
Alger ; city ; DZ ; - ; algérois ; =
Amman ; city ; JO ; - ; - ; =
Amsterdam ; city ; NL ; - ; amstellodamois ; -
Andorre-la-Vieille ; city ; AD ; Andorra la Vella ; - ; =
Ankara ; city ; TR ; - ; - ; =
Antananarivo ; city ; MG ; Tananarive|Tana ; tananarivien ; =
Apia ; city ; WS ; - ; - ; =
Asmara ; city ; ER ; - ; - ; =
Astana ; city ; KZ ; Nour-Soultan|Noursoultan ; - ; =
Asuncion ; city ; PY ; - ; - ; =
Athènes ; city ; GR ; - ; athénien ; =
Bagdad ; city ; IQ ; Baghdad ; - ; =
Bakou ; city ; AZ ; Baku ; - ; =
Bamako ; city ; ML ; - ; bamakois ; =
Bandar Seri Begawan ; city ; BN ; - ; - ; =
Bangkok ; city ; TH ; - ; - ; =
Bangui ; city ; CF ; - ; banguissois ; =
Banjul ; city ; GM ; - ; - ; =
Basseterre ; city ; KN ; - ; - ; =
Belgrade ; city ; RS ; - ; - ; =
Belmopan ; city ; BZ ; - ; - ; =
Berlin ; city ; DE ; - ; berlinois ; =
Berne ; city ; CH ; Bern ; bernois ; = ; ambiguous_name
Beyrouth ; city ; LB ; Beirut ; beyrouthin ; =
Bichkek ; city ; KG ; Bishkek ; - ; =
Bissau ; city ; GW ; - ; - ; =
Bogota ; city ; CO ; - ; - ; =
Brasilia ; city ; BR ; - ; - ; =
Bratislava ; city ; SK ; - ; - ; =
Brazzaville ; city ; CG ; Brazza ; brazzavillois ; =
Bridgetown ; city ; BB ; - ; - ; =
Bruxelles ; city ; BE ; Brussels ; bruxellois ; -
Bucarest ; city ; RO ; - ; - ; =
Budapest ; city ; HU ; - ; - ; =
Buenos Aires ; city ; AR ; - ; - ; =
Bujumbura ; city ; BI ; - ; - ; -
Canberra ; city ; AU ; - ; - ; =
Caracas ; city ; VE ; - ; - ; =
Castries ; city ; LC ; - ; - ; =
Chisinau ; city ; MD ; Kichinev ; - ; =
Colombo ; city ; LK ; - ; - ; =
Conakry ; city ; GN ; - ; - ; =
Copenhague ; city ; DK ; - ; - ; =
Dacca ; city ; BD ; Dhaka ; - ; =
Dakar ; city ; SN ; - ; dakarois ; =
Damas ; city ; SY ; - ; damascène ; =
Dili ; city ; TL ; - ; - ; =
Djibouti ; city ; DJ ; - ; - ; - ; - ; djibouti-ville
Doha ; city ; QA ; - ; - ; =
Dodoma ; city ; TZ ; - ; - ; =
Douchanbé ; city ; TJ ; Dushanbe ; - ; =
Dublin ; city ; IE ; - ; dublinois ; =
Erevan ; city ; AM ; Yerevan ; - ; =
Freetown ; city ; SL ; - ; - ; =
Funafuti ; city ; TV ; - ; - ; =
Gaborone ; city ; BW ; - ; - ; =
Georgetown ; city ; GY ; - ; - ; =
Gitega ; city ; BI ; - ; - ; =
Guatemala ; city ; GT ; Guatemala City|Ciudad de Guatemala ; - ; - ; - ; guatemala-ville
Hanoï ; city ; VN ; Hanoi ; - ; =
Harare ; city ; ZW ; - ; - ; =
Helsinki ; city ; FI ; - ; - ; =
Honiara ; city ; SB ; - ; - ; =
Islamabad ; city ; PK ; - ; - ; =
Jakarta ; city ; ID ; Djakarta ; - ; =
Jérusalem ; city ; IL ; Al-Qods ; hiérosolymitain ; =
Juba ; city ; SS ; Djouba ; - ; =
Kaboul ; city ; AF ; Kabul ; - ; =
Kampala ; city ; UG ; - ; - ; =
Katmandou ; city ; NP ; Kathmandu|Katmandu ; - ; =
Kiev ; city ; UA ; Kyiv ; kiévien ; =
Khartoum ; city ; SD ; - ; - ; =
Kigali ; city ; RW ; - ; - ; =
Kingston ; city ; JM ; - ; - ; =
Kingstown ; city ; VC ; - ; - ; =
Kinshasa ; city ; CD ; Kin ; kinois ; =
Koweït ; city ; KW ; Koweït City|Koweït-ville|Kuwait City ; - ; - ; - ; koweit-ville
Kuala Lumpur ; city ; MY ; - ; - ; =
La Havane ; city ; CU ; - ; havanais ; =
La Paz ; city ; BO ; - ; - ; =
La Valette ; city ; MT ; Valletta ; - ; =
Le Caire ; city ; EG ; - ; cairote ; =
Libreville ; city ; GA ; - ; librevillois ; =
Lilongwe ; city ; MW ; - ; - ; =
Lima ; city ; PE ; - ; liménien ; =
Lisbonne ; city ; PT ; Lisboa ; lisboète ; =
Ljubljana ; city ; SI ; - ; - ; =
Lomé ; city ; TG ; - ; loméen ; =
Londres ; city ; GB ; London ; londonien ; =
Luanda ; city ; AO ; - ; - ; =
Lusaka ; city ; ZM ; - ; - ; =
Luxembourg ; city ; LU ; Luxembourg-Ville ; - ; - ; - ; luxembourg-ville
Madrid ; city ; ES ; - ; madrilène ; =
Majuro ; city ; MH ; - ; - ; =
Malabo ; city ; GQ ; - ; - ; =
Malé ; city ; MV ; - ; - ; = ; ambiguous_name
Managua ; city ; NI ; - ; - ; =
Manama ; city ; BH ; - ; - ; =
Manille ; city ; PH ; Manila ; - ; =
Maputo ; city ; MZ ; - ; - ; =
Maseru ; city ; LS ; - ; - ; =
Mascate ; city ; OM ; Muscat ; - ; =
Mbabane ; city ; SZ ; - ; - ; =
Mexico ; city ; MX ; Mexico City|Ciudad de México ; - ; =
Minsk ; city ; BY ; - ; - ; =
Mogadiscio ; city ; SO ; Mogadishu ; - ; =
Monaco ; city ; MC ; Monaco-Ville ; - ; - ; - ; monaco-ville
Monrovia ; city ; LR ; - ; - ; =
Montevideo ; city ; UY ; - ; - ; =
Moroni ; city ; KM ; - ; - ; =
Moscou ; city ; RU ; Moskva ; moscovite ; =
N'Djamena ; city ; TD ; Ndjamena|N'Djaména ; ndjaménois ; =
Nairobi ; city ; KE ; - ; - ; =
Nassau ; city ; BS ; - ; - ; =
Naypyidaw ; city ; MM ; Naypyitaw|Nay Pyi Taw ; - ; =
New Delhi ; city ; IN ; New-Delhi ; - ; =
Ngerulmud ; city ; PW ; Melekeok ; - ; =
Niamey ; city ; NE ; - ; niaméen ; =
Nicosie ; city ; CY ; - ; - ; =
Nouakchott ; city ; MR ; - ; nouakchottois ; =
Nuku'alofa ; city ; TO ; - ; - ; =
Oslo ; city ; NO ; - ; - ; =
Ottawa ; city ; CA ; - ; - ; =
Ouagadougou ; city ; BF ; Ouaga ; ouagalais ; =
Oulan-Bator ; city ; MN ; Oulan Bator|Oulaanbaatar|Ulaanbaatar ; - ; =
Palikir ; city ; FM ; - ; - ; =
Panama ; city ; PA ; Panama City ; - ; - ; - ; panama-ville
Paramaribo ; city ; SR ; - ; - ; =
Paris ; city ; FR ; - ; parisien ; =
Pékin ; city ; CN ; Beijing ; pékinois ; =
Phnom Penh ; city ; KH ; - ; - ; =
Podgorica ; city ; ME ; - ; - ; =
Port Moresby ; city ; PG ; Port-Moresby ; - ; =
Port-au-Prince ; city ; HT ; - ; - ; =
Port-d'Espagne ; city ; TT ; Port of Spain ; - ; =
Port-Louis ; city ; MU ; - ; - ; =
Port-Vila ; city ; VU ; - ; - ; =
Porto-Novo ; city ; BJ ; - ; - ; =
Prague ; city ; CZ ; Praha ; pragois ; =
Praia ; city ; CV ; - ; - ; =
Pretoria ; city ; ZA ; Tshwane ; - ; =
Pristina ; city ; XK ; Prishtina|Priština ; - ; =
Pyongyang ; city ; KP ; - ; - ; =
Quito ; city ; EC ; - ; - ; =
Rabat ; city ; MA ; - ; - ; =
Ramallah ; city ; PS ; - ; - ; =
Reykjavik ; city ; IS ; - ; - ; =
Riga ; city ; LV ; - ; - ; =
Riyad ; city ; SA ; Riyadh ; - ; =
Rome ; city ; IT ; Roma ; - ; =
Roseau ; city ; DM ; - ; - ; = ; ambiguous_name
Saint John's ; city ; AG ; Saint-John's ; - ; =
Saint-Domingue ; city ; DO ; Santo Domingo ; - ; =
Saint-Georges ; city ; GD ; St. George's|Saint George's ; - ; - ; - ; saint-georges-grenade
Saint-Marin ; city ; SM ; Città di San Marino ; - ; - ; - ; saint-marin-ville
San José ; city ; CR ; San José de Costa Rica ; - ; - ; - ; san-jose-costa-rica
San Salvador ; city ; SV ; - ; - ; =
Sanaa ; city ; YE ; Sana'a ; - ; -
Santiago ; city ; CL ; Santiago du Chili ; - ; =
Sao Tomé ; city ; ST ; São Tomé ; - ; =
Sarajevo ; city ; BA ; - ; - ; =
Séoul ; city ; KR ; Seoul ; - ; =
Singapour ; city ; SG ; - ; - ; - ; - ; singapour-ville
Skopje ; city ; MK ; - ; - ; =
Sofia ; city ; BG ; - ; - ; = ; ambiguous_name
Stockholm ; city ; SE ; - ; - ; =
Sucre ; city ; BO ; - ; - ; - ; ambiguous_name
Suva ; city ; FJ ; - ; - ; =
Tachkent ; city ; UZ ; Tashkent ; - ; =
Tallinn ; city ; EE ; - ; - ; =
Tarawa ; city ; KI ; Tarawa-Sud ; - ; =
Tbilissi ; city ; GE ; Tbilisi ; - ; =
Tegucigalpa ; city ; HN ; - ; - ; =
Téhéran ; city ; IR ; Tehran ; téhéranais ; =
Thimphou ; city ; BT ; Thimphu ; - ; =
Tirana ; city ; AL ; - ; - ; =
Tokyo ; city ; JP ; - ; tokyoïte ; =
Tripoli ; city ; LY ; - ; tripolitain ; =
Tunis ; city ; TN ; - ; tunisois ; =
Vaduz ; city ; LI ; - ; - ; =
Varsovie ; city ; PL ; Warszawa ; varsovien ; =
Cité du Vatican ; city ; VA ; - ; - ; =
Victoria ; city ; SC ; - ; - ; - ; ambiguous_name ; victoria-seychelles
Vienne ; city ; AT ; Wien ; viennois ; = ; ambiguous_name
Vientiane ; city ; LA ; - ; - ; =
Vilnius ; city ; LT ; - ; - ; =
Washington ; city ; US ; Washington DC|Washington D.C. ; washingtonien ; =
Wellington ; city ; NZ ; - ; - ; =
Windhoek ; city ; NA ; - ; - ; =
Yamoussoukro ; city ; CI ; Yakro ; - ; -
Yaoundé ; city ; CM ; - ; yaoundéen ; =
Yaren ; city ; NR ; - ; - ; =
Zagreb ; city ; HR ; - ; - ; =
# territories
Nuuk ; city ; GL ; Godthåb ; - ; -
San Juan ; city ; PR ; - ; - ; - ; - ; san-juan-porto-rico
Nouméa ; city ; NC ; - ; nouméen ; -
Papeete ; city ; PF ; - ; - ; -
Taipei ; city ; TW ; Taipeh ; - ; TW
Laâyoune ; city ; EH ; El-Ayoun|El Aaiún|Laayoune ; - ; -
Saint-Denis ; city ; RE ; Saint-Denis de La Réunion ; dionysien ; - ; - ; saint-denis-reunion
Pointe-à-Pitre ; city ; GP ; - ; pointois ; -
Basse-Terre ; city ; GP ; - ; - ; -
Fort-de-France ; city ; MQ ; - ; foyalais ; -
Cayenne ; city ; GF ; - ; cayennais ; -
Mamoudzou ; city ; YT ; - ; - ; -
Gibraltar ; city ; GI ; - ; - ; - ; - ; gibraltar-ville
Hamilton ; city ; BM ; - ; - ; - ; - ; hamilton-bermudes
Macao ; city ; MO ; Macau ; - ; - ; - ; macao-ville
Mata-Utu ; city ; WF ; - ; - ; -
Saint-Pierre ; city ; PM ; - ; - ; - ; - ; saint-pierre-spm
Tórshavn ; city ; FO ; - ; - ; -
Douglas ; city ; IM ; - ; - ; - ; ambiguous_name ; douglas-ile-de-man
George Town ; city ; KY ; - ; - ; - ; - ; george-town-caimans
"""

OTHER = r"""
# --- France: cities ---
Marseille ; city ; FR ; - ; marseillais ; -
Lyon ; city ; FR ; - ; lyonnais ; -
Toulouse ; city ; FR ; - ; toulousain ; -
Nice ; city ; FR ; - ; niçois ; - ; ambiguous_name
Nantes ; city ; FR ; - ; nantais ; -
Strasbourg ; city ; FR ; - ; strasbourgeois ; -
Montpellier ; city ; FR ; - ; montpelliérain ; -
Bordeaux ; city ; FR ; - ; bordelais ; -
Lille ; city ; FR ; - ; lillois ; -
Rennes ; city ; FR ; - ; rennais ; - ; ambiguous_name
Reims ; city ; FR ; - ; rémois ; -
Le Havre ; city ; FR ; - ; havrais ; -
Saint-Étienne ; city ; FR ; - ; stéphanois ; -
Toulon ; city ; FR ; - ; toulonnais ; -
Grenoble ; city ; FR ; - ; grenoblois ; -
Dijon ; city ; FR ; - ; dijonnais ; -
Angers ; city ; FR ; - ; angevin ; -
Nîmes ; city ; FR ; - ; nîmois ; -
Villeurbanne ; city ; FR ; - ; - ; -
Clermont-Ferrand ; city ; FR ; - ; clermontois ; -
Le Mans ; city ; FR ; - ; manceau ; -
Aix-en-Provence ; city ; FR ; - ; aixois ; -
Brest ; city ; FR ; - ; brestois ; -
Tours ; city ; FR ; - ; tourangeau ; - ; ambiguous_name
Amiens ; city ; FR ; - ; amiénois ; -
Limoges ; city ; FR ; - ; limougeaud ; -
Annecy ; city ; FR ; - ; annécien ; -
Perpignan ; city ; FR ; - ; perpignanais ; -
Metz ; city ; FR ; - ; messin ; -
Besançon ; city ; FR ; - ; bisontin ; -
Orléans ; city ; FR ; - ; orléanais ; -
Rouen ; city ; FR ; - ; rouennais ; -
Mulhouse ; city ; FR ; - ; mulhousien ; -
Caen ; city ; FR ; - ; caennais ; -
Nancy ; city ; FR ; - ; nancéien ; - ; ambiguous_name
Saint-Denis ; city ; FR ; - ; dionysien ; -
Montreuil ; city ; FR ; - ; montreuillois ; -
Argenteuil ; city ; FR ; - ; - ; -
Roubaix ; city ; FR ; - ; roubaisien ; -
Tourcoing ; city ; FR ; - ; - ; -
Avignon ; city ; FR ; - ; avignonnais ; -
Poitiers ; city ; FR ; - ; poitevin ; -
Pau ; city ; FR ; - ; palois ; -
La Rochelle ; city ; FR ; - ; rochelais ; -
Calais ; city ; FR ; - ; calaisien ; -
Dunkerque ; city ; FR ; - ; dunkerquois ; -
Bayonne ; city ; FR ; - ; bayonnais ; -
Ajaccio ; city ; FR ; - ; ajaccien ; -
Bastia ; city ; FR ; - ; bastiais ; -
Lourdes ; city ; FR ; - ; lourdais ; - ; ambiguous_name
Cannes ; city ; FR ; - ; cannois ; - ; ambiguous_name
Versailles ; city ; FR ; - ; versaillais ; -
Nanterre ; city ; FR ; - ; nanterrien ; -
Créteil ; city ; FR ; - ; - ; -
Bobigny ; city ; FR ; - ; - ; -
Valence ; city ; FR ; - ; valentinois ; -
Troyes ; city ; FR ; - ; troyen ; -
Lorient ; city ; FR ; - ; lorientais ; -
Saint-Nazaire ; city ; FR ; - ; nazairien ; -
Béziers ; city ; FR ; - ; biterrois ; -
Colmar ; city ; FR ; - ; colmarien ; -
Chambéry ; city ; FR ; - ; chambérien ; -
Cherbourg ; city ; FR ; Cherbourg-en-Cotentin ; cherbourgeois ; -
Arras ; city ; FR ; - ; arrageois ; -
# --- France: regions ---
Île-de-France ; region ; FR ; - ; francilien ; -
Corse ; region ; FR ; - ; corse ; -
Bretagne ; region ; FR ; - ; breton ; -
Normandie ; region ; FR ; - ; normand ; -
Alsace ; region ; FR ; - ; alsacien ; -
Provence-Alpes-Côte d'Azur ; region ; FR ; PACA|Région Sud ; - ; -
Côte d'Azur ; region ; FR ; - ; azuréen ; -
Occitanie ; region ; FR ; - ; occitan ; -
Nouvelle-Aquitaine ; region ; FR ; - ; - ; -
Hauts-de-France ; region ; FR ; - ; - ; -
Grand Est ; region ; FR ; - ; - ; -
Auvergne-Rhône-Alpes ; region ; FR ; - ; - ; -
Bourgogne-Franche-Comté ; region ; FR ; - ; - ; -
Centre-Val de Loire ; region ; FR ; - ; - ; -
Pays de la Loire ; region ; FR ; - ; - ; -
Seine-Saint-Denis ; region ; FR ; - ; - ; -
Pays basque ; region ; - ; - ; basque ; -
# --- France: seats of power ---
Élysée ; place ; FR ; palais de l'Élysée ; - ; =
Matignon ; place ; FR ; hôtel de Matignon ; - ; =
Quai d'Orsay ; place ; FR ; - ; - ; =
Bercy ; place ; FR ; - ; - ; =
place Beauvau ; place ; FR ; Beauvau ; - ; = ; - ; beauvau
hôtel de Brienne ; place ; FR ; Brienne ; - ; = ; - ; brienne
Palais-Bourbon ; place ; FR ; - ; - ; = ; - ; palais-bourbon
palais du Luxembourg ; place ; FR ; - ; - ; = ; - ; palais-du-luxembourg
place Vendôme ; place ; FR ; - ; - ; - ; - ; place-vendome
# --- seats of power elsewhere ---
Kremlin ; place ; RU ; - ; - ; =
Maison Blanche ; place ; US ; White House ; - ; =
Pentagone ; place ; US ; Pentagon ; - ; =
Capitole ; place ; US ; Capitol ; - ; =
Foggy Bottom ; place ; US ; - ; - ; =
Camp David ; place ; US ; - ; - ; -
Mar-a-Lago ; place ; US ; - ; - ; -
Wall Street ; place ; US ; - ; - ; -
Downing Street ; place ; GB ; - ; - ; =
Westminster ; place ; GB ; - ; - ; =
Zhongnanhai ; place ; CN ; - ; - ; =
Koulouba ; place ; ML ; palais de Koulouba ; - ; =
Kosyam ; place ; BF ; palais de Kosyam ; - ; =
palais de Carthage ; place ; TN ; - ; - ; =
El Mouradia ; place ; DZ ; palais d'El Mouradia ; - ; =
Quirinal ; place ; IT ; - ; - ; =
palais Chigi ; place ; IT ; - ; - ; =
Moncloa ; place ; ES ; - ; - ; =
Bankova ; place ; UA ; - ; - ; =
Berlaymont ; place ; BE ; - ; - ; -
Palais de la Nation ; place ; CD ; - ; - ; - ; - ; palais-de-la-nation-kinshasa
# --- cross-border and world regions ---
Sahel ; region ; - ; - ; sahélien ; -
Sahara ; region ; - ; - ; saharien ; -
Maghreb ; region ; - ; - ; maghrébin ; -
Machrek ; region ; - ; - ; - ; -
Afrique ; region ; - ; - ; africain ; -
Afrique de l'Ouest ; region ; - ; - ; ouest-africain ; -
Afrique centrale ; region ; - ; - ; - ; -
Afrique de l'Est ; region ; - ; - ; est-africain ; -
Afrique australe ; region ; - ; - ; - ; -
Afrique du Nord ; region ; - ; - ; nord-africain ; -
Afrique subsaharienne ; region ; - ; - ; subsaharien ; -
Corne de l'Afrique ; region ; - ; - ; - ; -
Grands Lacs ; region ; - ; région des Grands Lacs ; - ; -
Liptako-Gourma ; region ; - ; Liptako ; - ; -
zone des trois frontières ; region ; - ; trois frontières ; - ; - ; - ; zone-des-trois-frontieres
lac Tchad ; region ; - ; bassin du lac Tchad ; - ; - ; - ; lac-tchad
golfe de Guinée ; region ; - ; - ; - ; - ; - ; golfe-de-guinee
Moyen-Orient ; region ; - ; - ; moyen-oriental ; -
Proche-Orient ; region ; - ; - ; proche-oriental ; -
Levant ; region ; - ; - ; levantin ; -
Golfe ; region ; - ; pays du Golfe ; - ; - ; ambiguous_name
Kurdistan ; region ; - ; - ; kurde ; -
Europe ; region ; - ; - ; européen ; -
Europe de l'Est ; region ; - ; - ; - ; -
Europe centrale ; region ; - ; - ; - ; -
Balkans ; region ; - ; - ; balkanique ; -
Caucase ; region ; - ; - ; - ; -
Scandinavie ; region ; - ; - ; scandinave ; -
Asie ; region ; - ; - ; asiatique ; -
Asie centrale ; region ; - ; - ; centrasiatique ; -
Asie du Sud-Est ; region ; - ; - ; - ; -
Extrême-Orient ; region ; - ; - ; - ; -
Indo-Pacifique ; region ; - ; - ; - ; -
Océanie ; region ; - ; - ; océanien ; -
Amérique ; region ; - ; Amériques ; - ; -
Amérique du Nord ; region ; - ; - ; nord-américain ; -
Amérique latine ; region ; - ; - ; latino-américain ; -
Amérique du Sud ; region ; - ; - ; sud-américain ; -
Amérique centrale ; region ; - ; - ; centraméricain ; -
Caraïbes ; region ; - ; Caraïbe ; caribéen ; -
Arctique ; region ; - ; - ; arctique ; -
Cachemire ; region ; - ; Jammu-et-Cachemire ; cachemiri ; -
Sinaï ; region ; EG ; - ; - ; -
# --- seas and straits ---
Méditerranée ; region ; - ; mer Méditerranée ; méditerranéen ; -
mer Rouge ; region ; - ; - ; - ; - ; - ; mer-rouge
mer Noire ; region ; - ; - ; - ; - ; - ; mer-noire
mer Baltique ; region ; - ; Baltique ; - ; - ; - ; mer-baltique
mer du Nord ; region ; - ; - ; - ; - ; - ; mer-du-nord
mer d'Azov ; region ; - ; - ; - ; - ; - ; mer-d-azov
mer Caspienne ; region ; - ; Caspienne ; - ; - ; - ; mer-caspienne
mer Égée ; region ; - ; - ; - ; - ; - ; mer-egee
mer de Chine méridionale ; region ; - ; - ; - ; - ; - ; mer-de-chine-meridionale
Manche ; region ; - ; - ; - ; - ; ambiguous_name
golfe Persique ; region ; - ; Golfe arabo-persique ; - ; - ; - ; golfe-persique
golfe d'Aden ; region ; - ; - ; - ; - ; - ; golfe-d-aden
détroit d'Ormuz ; region ; - ; Ormuz ; - ; - ; - ; detroit-d-ormuz
Bab el-Mandeb ; region ; - ; détroit de Bab el-Mandeb ; - ; -
détroit de Taïwan ; region ; - ; - ; - ; - ; - ; detroit-de-taiwan
canal de Suez ; place ; EG ; - ; - ; - ; - ; canal-de-suez
océan Indien ; region ; - ; - ; - ; - ; - ; ocean-indien
océan Atlantique ; region ; - ; Atlantique ; atlantique ; - ; - ; ocean-atlantique
océan Pacifique ; region ; - ; Pacifique ; - ; - ; - ; ocean-pacifique
# --- Niger ---
Tillabéri ; region ; NE ; Tillabéry ; - ; -
Agadez ; city ; NE ; - ; - ; -
Diffa ; city ; NE ; - ; - ; -
Tahoua ; city ; NE ; - ; - ; -
Zinder ; city ; NE ; - ; - ; -
Maradi ; city ; NE ; - ; - ; -
Dosso ; city ; NE ; - ; - ; -
Arlit ; city ; NE ; - ; - ; -
Ouallam ; city ; NE ; - ; - ; -
Téra ; city ; NE ; - ; - ; -
Torodi ; city ; NE ; - ; - ; -
Ayorou ; city ; NE ; - ; - ; -
Banibangou ; city ; NE ; - ; - ; -
Inatès ; city ; NE ; - ; - ; -
Bosso ; city ; NE ; - ; - ; -
Tassara ; city ; NE ; - ; - ; -
Tchintabaraden ; city ; NE ; - ; - ; -
Abala ; city ; NE ; - ; - ; -
Filingué ; city ; NE ; - ; - ; -
Makalondi ; city ; NE ; - ; - ; -
Assamaka ; city ; NE ; - ; - ; -
Dirkou ; city ; NE ; - ; - ; -
Aïr ; region ; NE ; - ; - ; -
# --- Mali ---
Gao ; city ; ML ; - ; - ; -
Tombouctou ; city ; ML ; Timbuktu ; - ; -
Kidal ; city ; ML ; - ; - ; -
Mopti ; city ; ML ; - ; - ; -
Ménaka ; city ; ML ; - ; - ; -
Ségou ; city ; ML ; - ; - ; -
Sikasso ; city ; ML ; - ; - ; -
Kayes ; city ; ML ; - ; - ; -
Koulikoro ; city ; ML ; - ; - ; -
Tessalit ; city ; ML ; - ; - ; -
Aguelhok ; city ; ML ; Aguelhoc ; - ; -
Anéfis ; city ; ML ; - ; - ; -
Niono ; city ; ML ; - ; - ; -
Bandiagara ; city ; ML ; - ; - ; -
Djenné ; city ; ML ; - ; - ; -
Boni ; city ; ML ; - ; - ; -
Léré ; city ; ML ; - ; - ; -
Nampala ; city ; ML ; - ; - ; -
Tinzaouatène ; city ; ML ; Tinzaouaten|Tin Zaouatene ; - ; -
Kati ; city ; ML ; - ; - ; -
Azawad ; region ; ML ; - ; azawadien ; -
Macina ; region ; ML ; - ; - ; -
# --- Burkina Faso ---
Bobo-Dioulasso ; city ; BF ; Bobo ; - ; -
Djibo ; city ; BF ; - ; - ; -
Dori ; city ; BF ; - ; - ; -
Fada N'Gourma ; city ; BF ; Fada ; - ; -
Kaya ; city ; BF ; - ; - ; -
Koudougou ; city ; BF ; - ; - ; -
Ouahigouya ; city ; BF ; - ; - ; -
Banfora ; city ; BF ; - ; - ; -
Tenkodogo ; city ; BF ; - ; - ; -
Gorom-Gorom ; city ; BF ; - ; - ; -
Arbinda ; city ; BF ; - ; - ; -
Barsalogho ; city ; BF ; - ; - ; -
Solenzo ; city ; BF ; - ; - ; -
Diapaga ; city ; BF ; - ; - ; -
Sebba ; city ; BF ; - ; - ; -
Titao ; city ; BF ; - ; - ; -
Kongoussi ; city ; BF ; - ; - ; -
Mansila ; city ; BF ; - ; - ; -
Soum ; region ; BF ; - ; - ; -
# --- Chad ---
Abéché ; city ; TD ; - ; - ; -
Moundou ; city ; TD ; - ; - ; -
Sarh ; city ; TD ; - ; - ; -
Faya-Largeau ; city ; TD ; Faya ; - ; -
Bol ; city ; TD ; - ; - ; - ; ambiguous_name
Adré ; city ; TD ; - ; - ; -
Tibesti ; region ; TD ; - ; - ; -
# --- Nigeria ---
Lagos ; city ; NG ; - ; lagotien ; -
Kano ; city ; NG ; - ; - ; -
Maiduguri ; city ; NG ; - ; - ; -
Kaduna ; city ; NG ; - ; - ; -
Sokoto ; city ; NG ; - ; - ; -
Katsina ; city ; NG ; - ; - ; -
Ibadan ; city ; NG ; - ; - ; -
Port Harcourt ; city ; NG ; - ; - ; -
Jos ; city ; NG ; - ; - ; -
Yola ; city ; NG ; - ; - ; -
Bauchi ; city ; NG ; - ; - ; -
Borno ; region ; NG ; Bornou ; - ; -
Yobe ; region ; NG ; - ; - ; -
Adamawa ; region ; NG ; - ; - ; -
Zamfara ; region ; NG ; - ; - ; -
Delta du Niger ; region ; NG ; - ; - ; - ; - ; delta-du-niger
# --- Senegal, Gambia, Guinea, Sierra Leone, Liberia ---
Thiès ; city ; SN ; - ; - ; -
Saint-Louis ; city ; SN ; - ; saint-louisien ; -
Touba ; city ; SN ; - ; - ; -
Ziguinchor ; city ; SN ; - ; - ; -
Kaolack ; city ; SN ; - ; - ; -
Casamance ; region ; SN ; - ; casamançais ; -
Kankan ; city ; GN ; - ; - ; -
N'Zérékoré ; city ; GN ; Nzérékoré ; - ; -
Labé ; city ; GN ; - ; - ; -
Kindia ; city ; GN ; - ; - ; -
# --- Côte d'Ivoire, Ghana, Togo, Benin ---
Abidjan ; city ; CI ; - ; abidjanais ; =
Bouaké ; city ; CI ; - ; - ; -
Korhogo ; city ; CI ; - ; - ; -
San-Pédro ; city ; CI ; San Pedro ; - ; -
Daloa ; city ; CI ; - ; - ; -
Grand-Bassam ; city ; CI ; - ; - ; -
Kumasi ; city ; GH ; - ; - ; -
Kara ; city ; TG ; - ; - ; -
Sokodé ; city ; TG ; - ; - ; -
Dapaong ; city ; TG ; - ; - ; -
Cotonou ; city ; BJ ; - ; cotonois ; =
Parakou ; city ; BJ ; - ; - ; -
Abomey ; city ; BJ ; - ; - ; -
Natitingou ; city ; BJ ; - ; - ; -
Kandi ; city ; BJ ; - ; - ; -
# --- Mauritania ---
Nouadhibou ; city ; MR ; - ; - ; -
Zouérate ; city ; MR ; - ; - ; -
Néma ; city ; MR ; - ; - ; -
Bassikounou ; city ; MR ; - ; - ; -
Mbera ; city ; MR ; M'Berra ; - ; -
# --- Cameroon, Gabon, Congo, CAR, Equatorial Guinea ---
Douala ; city ; CM ; - ; doualais ; -
Maroua ; city ; CM ; - ; - ; -
Garoua ; city ; CM ; - ; - ; -
Bamenda ; city ; CM ; - ; - ; -
Buea ; city ; CM ; - ; - ; -
Kousseri ; city ; CM ; - ; - ; -
Extrême-Nord ; region ; CM ; - ; - ; -
Port-Gentil ; city ; GA ; - ; - ; -
Franceville ; city ; GA ; - ; - ; -
Pointe-Noire ; city ; CG ; - ; ponténégrin ; -
Dolisie ; city ; CG ; - ; - ; -
Bambari ; city ; CF ; - ; - ; -
Bria ; city ; CF ; - ; - ; -
Bangassou ; city ; CF ; - ; - ; -
Birao ; city ; CF ; - ; - ; -
Bata ; city ; GQ ; - ; - ; -
# --- DR Congo and Great Lakes ---
Goma ; city ; CD ; - ; - ; -
Bukavu ; city ; CD ; - ; - ; -
Beni ; city ; CD ; - ; - ; - ; ambiguous_name
Butembo ; city ; CD ; - ; - ; -
Bunia ; city ; CD ; - ; - ; -
Lubumbashi ; city ; CD ; - ; - ; -
Kisangani ; city ; CD ; - ; - ; -
Kananga ; city ; CD ; - ; - ; -
Mbuji-Mayi ; city ; CD ; - ; - ; -
Kolwezi ; city ; CD ; - ; - ; -
Uvira ; city ; CD ; - ; - ; -
Rutshuru ; city ; CD ; - ; - ; -
Masisi ; city ; CD ; - ; - ; -
Sake ; city ; CD ; - ; - ; -
Minova ; city ; CD ; - ; - ; -
Walikale ; city ; CD ; - ; - ; -
Rubaya ; city ; CD ; - ; - ; -
Bunagana ; city ; CD ; - ; - ; -
Kalehe ; city ; CD ; - ; - ; -
Ituri ; region ; CD ; - ; - ; -
Kivu ; region ; CD ; - ; - ; -
Nord-Kivu ; region ; CD ; - ; - ; -
Sud-Kivu ; region ; CD ; - ; - ; -
Katanga ; region ; CD ; - ; katangais ; -
Kasaï ; region ; CD ; - ; - ; -
Gisenyi ; city ; RW ; Rubavu ; - ; -
Butare ; city ; RW ; Huye ; - ; -
# --- Horn and East Africa ---
Mekele ; city ; ET ; Mekelle ; - ; -
Gondar ; city ; ET ; - ; - ; -
Bahir Dar ; city ; ET ; - ; - ; -
Dire Dawa ; city ; ET ; - ; - ; -
Tigré ; region ; ET ; Tigray ; tigréen ; -
Amhara ; region ; ET ; - ; - ; -
Oromia ; region ; ET ; - ; - ; -
Afar ; region ; ET ; - ; - ; -
Ogaden ; region ; ET ; - ; - ; -
Kismayo ; city ; SO ; - ; - ; -
Baidoa ; city ; SO ; - ; - ; -
Hargeisa ; city ; SO ; - ; - ; -
Bosaso ; city ; SO ; - ; - ; -
Somaliland ; region ; SO ; - ; - ; -
Puntland ; region ; SO ; - ; - ; -
Jubaland ; region ; SO ; - ; - ; -
Mombasa ; city ; KE ; - ; - ; -
Kisumu ; city ; KE ; - ; - ; -
Garissa ; city ; KE ; - ; - ; -
Lamu ; city ; KE ; - ; - ; -
Entebbe ; city ; UG ; - ; - ; -
Dar es Salaam ; city ; TZ ; - ; - ; -
Zanzibar ; region ; TZ ; - ; zanzibarite ; -
Arusha ; city ; TZ ; - ; - ; -
# --- Sudan, South Sudan ---
Omdurman ; city ; SD ; - ; - ; -
Port-Soudan ; city ; SD ; Port Soudan|Port-Sudan ; - ; -
El-Fasher ; city ; SD ; El Facher|El-Facher|Al-Fasher ; - ; -
Nyala ; city ; SD ; - ; - ; -
El-Geneina ; city ; SD ; El Geneina ; - ; -
Wad Madani ; city ; SD ; Wad Medani ; - ; -
El-Obeid ; city ; SD ; El Obeid ; - ; -
Kadugli ; city ; SD ; - ; - ; -
Zamzam ; city ; SD ; - ; - ; -
Darfour ; region ; SD ; Darfur ; darfouri ; -
Nord-Darfour ; region ; SD ; - ; - ; -
Kordofan ; region ; SD ; - ; - ; -
Gezira ; region ; SD ; Al-Jazira|El-Gezira ; - ; -
Malakal ; city ; SS ; - ; - ; -
Bor ; city ; SS ; - ; - ; -
Bentiu ; city ; SS ; - ; - ; -
Abyei ; region ; - ; - ; - ; -
# --- Maghreb ---
Oran ; city ; DZ ; - ; oranais ; -
Constantine ; city ; DZ ; - ; constantinois ; - ; ambiguous_name
Annaba ; city ; DZ ; - ; - ; -
Tizi Ouzou ; city ; DZ ; - ; - ; -
Béjaïa ; city ; DZ ; Bejaia ; - ; -
Sétif ; city ; DZ ; - ; - ; -
Blida ; city ; DZ ; - ; - ; -
Tamanrasset ; city ; DZ ; - ; - ; -
Tindouf ; city ; DZ ; - ; - ; -
Ghardaïa ; city ; DZ ; - ; - ; -
In Amenas ; city ; DZ ; - ; - ; -
Kabylie ; region ; DZ ; - ; kabyle ; -
Sfax ; city ; TN ; - ; sfaxien ; -
Sousse ; city ; TN ; - ; - ; -
Kairouan ; city ; TN ; - ; - ; -
Bizerte ; city ; TN ; - ; - ; -
Gabès ; city ; TN ; - ; - ; -
Monastir ; city ; TN ; - ; - ; -
Sidi Bouzid ; city ; TN ; - ; - ; -
Kasserine ; city ; TN ; - ; - ; -
Djerba ; region ; TN ; - ; djerbien ; -
Lampedusa ; region ; IT ; - ; - ; -
Casablanca ; city ; MA ; Casa ; casablancais ; -
Marrakech ; city ; MA ; - ; marrakchi ; -
Fès ; city ; MA ; Fez ; fassi ; -
Tanger ; city ; MA ; - ; tangérois ; -
Agadir ; city ; MA ; - ; - ; -
Meknès ; city ; MA ; - ; - ; -
Oujda ; city ; MA ; - ; - ; -
Tétouan ; city ; MA ; - ; - ; -
Salé ; city ; MA ; - ; - ; - ; ambiguous_name
Al Hoceïma ; city ; MA ; - ; - ; -
Nador ; city ; MA ; - ; - ; -
Essaouira ; city ; MA ; - ; - ; -
Ouarzazate ; city ; MA ; - ; - ; -
Rif ; region ; MA ; - ; rifain ; -
Dakhla ; city ; EH ; - ; - ; -
Ceuta ; city ; ES ; - ; - ; -
Melilla ; city ; ES ; - ; - ; -
Benghazi ; city ; LY ; - ; - ; -
Misrata ; city ; LY ; - ; - ; -
Syrte ; city ; LY ; - ; - ; -
Derna ; city ; LY ; - ; - ; -
Sebha ; city ; LY ; - ; - ; -
Tobrouk ; city ; LY ; - ; - ; -
Zaouïa ; city ; LY ; Zawiya ; - ; -
Koufra ; city ; LY ; - ; - ; -
Fezzan ; region ; LY ; - ; - ; -
Cyrénaïque ; region ; LY ; - ; - ; -
Tripolitaine ; region ; LY ; - ; - ; -
# --- Egypt ---
Alexandrie ; city ; EG ; - ; alexandrin ; -
Gizeh ; city ; EG ; - ; - ; -
Port-Saïd ; city ; EG ; - ; - ; -
Suez ; city ; EG ; - ; - ; -
Louxor ; city ; EG ; - ; - ; -
Assouan ; city ; EG ; - ; - ; -
Charm el-Cheikh ; city ; EG ; Charm El-Cheikh ; - ; -
Ismaïlia ; city ; EG ; - ; - ; -
# --- Southern Africa, Indian Ocean ---
Le Cap ; city ; ZA ; Cape Town ; - ; -
Johannesburg ; city ; ZA ; Johannesbourg ; - ; -
Durban ; city ; ZA ; - ; - ; -
Soweto ; city ; ZA ; - ; - ; -
Bloemfontein ; city ; ZA ; - ; - ; -
Bulawayo ; city ; ZW ; - ; - ; -
Cabo Delgado ; region ; MZ ; - ; - ; -
Pemba ; city ; MZ ; - ; - ; -
Palma ; city ; MZ ; - ; - ; - ; - ; palma-mozambique
Mocimboa da Praia ; city ; MZ ; - ; - ; -
Cabinda ; region ; AO ; - ; - ; -
Toamasina ; city ; MG ; Tamatave ; - ; -
Anjouan ; region ; KM ; - ; anjouanais ; -
Mohéli ; region ; KM ; - ; - ; -
Grande Comore ; region ; KM ; Ngazidja ; - ; -
# --- Israel, Palestinian territories ---
bande de Gaza ; region ; PS ; - ; gazaoui ; - ; - ; bande-de-gaza
Gaza ; city ; PS ; Gaza-ville ; - ; - ; - ; gaza-ville
Cisjordanie ; region ; PS ; - ; cisjordanien ; -
Jérusalem-Est ; city ; PS ; - ; - ; -
Rafah ; city ; PS ; - ; - ; -
Khan Younès ; city ; PS ; Khan Younis|Khan Yunis ; - ; -
Deir el-Balah ; city ; PS ; Deir al-Balah ; - ; -
Jabaliya ; city ; PS ; Jabalia ; - ; -
Beit Lahia ; city ; PS ; - ; - ; -
Beit Hanoun ; city ; PS ; - ; - ; -
Nousseirat ; city ; PS ; Nuseirat ; - ; -
Mawassi ; city ; PS ; Al-Mawasi|Al-Mawassi ; - ; -
corridor de Philadelphie ; region ; PS ; axe de Philadelphie ; - ; - ; - ; corridor-de-philadelphie
corridor de Netzarim ; region ; PS ; - ; - ; - ; - ; corridor-de-netzarim
Naplouse ; city ; PS ; Nablus ; - ; -
Jénine ; city ; PS ; Jenin ; - ; -
Hébron ; city ; PS ; - ; - ; -
Tulkarem ; city ; PS ; - ; - ; -
Bethléem ; city ; PS ; - ; - ; -
Jéricho ; city ; PS ; - ; - ; -
Qalqilya ; city ; PS ; - ; - ; -
Tel-Aviv ; city ; IL ; Tel Aviv|Tel-Aviv-Jaffa ; telavivien ; -
Haïfa ; city ; IL ; - ; - ; -
Eilat ; city ; IL ; - ; - ; -
Ashkelon ; city ; IL ; Ascalon ; - ; -
Ashdod ; city ; IL ; - ; - ; -
Sdérot ; city ; IL ; - ; - ; -
Beersheba ; city ; IL ; Beer-Sheva|Beersheva ; - ; -
Nazareth ; city ; IL ; - ; - ; -
Tibériade ; city ; IL ; - ; - ; -
Néguev ; region ; IL ; - ; - ; -
Galilée ; region ; IL ; - ; - ; -
plateau du Golan ; region ; SY ; Golan ; - ; - ; - ; golan
# --- Lebanon, Syria ---
Tripoli ; city ; LB ; - ; - ; - ; - ; tripoli-liban
Saïda ; city ; LB ; Sidon ; - ; -
Tyr ; city ; LB ; - ; - ; -
Baalbek ; city ; LB ; - ; - ; -
Nabatiyé ; city ; LB ; Nabatieh ; - ; -
Naqoura ; city ; LB ; - ; - ; -
Dahiyé ; city ; LB ; banlieue sud de Beyrouth ; - ; -
Sud-Liban ; region ; LB ; - ; sud-libanais ; -
Bekaa ; region ; LB ; Békaa ; - ; -
Alep ; city ; SY ; - ; alépin ; -
Idleb ; city ; SY ; Idlib ; - ; -
Homs ; city ; SY ; - ; - ; -
Hama ; city ; SY ; - ; - ; - ; ambiguous_name
Lattaquié ; city ; SY ; Lattakié ; - ; -
Tartous ; city ; SY ; - ; - ; -
Deir ez-Zor ; city ; SY ; Deir Ezzor|Deir ez-Zour ; - ; -
Raqqa ; city ; SY ; Rakka ; - ; -
Hassaké ; city ; SY ; Hassakeh ; - ; -
Qamichli ; city ; SY ; - ; - ; -
Deraa ; city ; SY ; Daraa ; - ; -
Soueida ; city ; SY ; Souweida ; - ; -
Kobané ; city ; SY ; - ; - ; -
Afrine ; city ; SY ; - ; - ; -
Manbij ; city ; SY ; - ; - ; -
Palmyre ; city ; SY ; - ; - ; -
Douma ; city ; SY ; - ; - ; -
Ghouta ; region ; SY ; - ; - ; -
Jableh ; city ; SY ; - ; - ; -
# --- Iraq ---
Mossoul ; city ; IQ ; Mosul ; - ; -
Bassora ; city ; IQ ; Basra ; - ; -
Erbil ; city ; IQ ; - ; - ; -
Kirkouk ; city ; IQ ; - ; - ; -
Souleimaniyé ; city ; IQ ; - ; - ; -
Najaf ; city ; IQ ; Nadjaf ; - ; -
Kerbala ; city ; IQ ; - ; - ; -
Fallouja ; city ; IQ ; - ; - ; -
Ramadi ; city ; IQ ; - ; - ; -
Tikrit ; city ; IQ ; - ; - ; -
Samarra ; city ; IQ ; - ; - ; -
Sinjar ; city ; IQ ; - ; - ; -
Kurdistan irakien ; region ; IQ ; - ; - ; -
Anbar ; region ; IQ ; - ; - ; -
# --- Iran ---
Ispahan ; city ; IR ; Isfahan ; - ; -
Machhad ; city ; IR ; Mashhad ; - ; -
Chiraz ; city ; IR ; - ; - ; -
Tabriz ; city ; IR ; - ; - ; -
Qom ; city ; IR ; - ; - ; -
Ahvaz ; city ; IR ; - ; - ; -
Natanz ; city ; IR ; - ; - ; -
Fordo ; city ; IR ; Fordow ; - ; -
Bouchehr ; city ; IR ; - ; - ; -
Bandar Abbas ; city ; IR ; - ; - ; -
Zahedan ; city ; IR ; - ; - ; -
# --- Turkey ---
Istanbul ; city ; TR ; - ; stambouliote ; -
Izmir ; city ; TR ; - ; - ; -
Antalya ; city ; TR ; - ; - ; -
Gaziantep ; city ; TR ; - ; - ; -
Diyarbakir ; city ; TR ; - ; - ; -
Adana ; city ; TR ; - ; - ; -
Hatay ; region ; TR ; - ; - ; -
Kahramanmaras ; city ; TR ; - ; - ; -
# --- Arabian Peninsula ---
Djeddah ; city ; SA ; - ; - ; -
La Mecque ; city ; SA ; - ; mecquois ; -
Médine ; city ; SA ; - ; - ; -
Dhahran ; city ; SA ; - ; - ; -
Aden ; city ; YE ; - ; - ; -
Hodeida ; city ; YE ; Hodeidah ; - ; -
Taëz ; city ; YE ; Taez ; - ; -
Marib ; city ; YE ; - ; - ; -
Moukalla ; city ; YE ; - ; - ; -
Dubaï ; city ; AE ; - ; - ; -
Aqaba ; city ; JO ; - ; - ; -
Zarqa ; city ; JO ; - ; - ; -
# --- Ukraine ---
Kharkiv ; city ; UA ; Kharkov ; - ; -
Odessa ; city ; UA ; Odesa ; odessite ; -
Marioupol ; city ; UA ; - ; - ; -
Bakhmout ; city ; UA ; - ; - ; -
Donetsk ; city ; UA ; - ; - ; -
Louhansk ; city ; UA ; Lougansk ; - ; -
Zaporijjia ; city ; UA ; Zaporojie|Zaporojié|Zaporizhzhia ; - ; -
Kherson ; city ; UA ; - ; - ; -
Dnipro ; city ; UA ; Dnipropetrovsk ; - ; -
Lviv ; city ; UA ; Lvov ; - ; -
Mykolaïv ; city ; UA ; Mykolaiv|Nikolaïev ; - ; -
Soumy ; city ; UA ; - ; - ; -
Tcherniguiv ; city ; UA ; Tchernihiv ; - ; -
Poltava ; city ; UA ; - ; - ; -
Vinnytsia ; city ; UA ; - ; - ; -
Jytomyr ; city ; UA ; - ; - ; -
Izioum ; city ; UA ; - ; - ; -
Koupiansk ; city ; UA ; - ; - ; -
Avdiïvka ; city ; UA ; Avdiivka ; - ; -
Pokrovsk ; city ; UA ; - ; - ; -
Kramatorsk ; city ; UA ; - ; - ; -
Sloviansk ; city ; UA ; - ; - ; -
Tchassiv Iar ; city ; UA ; - ; - ; -
Vouhledar ; city ; UA ; - ; - ; -
Lyssytchansk ; city ; UA ; - ; - ; -
Sievierodonetsk ; city ; UA ; Severodonetsk ; - ; -
Boutcha ; city ; UA ; - ; - ; -
Irpin ; city ; UA ; - ; - ; -
Hostomel ; city ; UA ; - ; - ; -
Borodianka ; city ; UA ; - ; - ; -
Kryvyï Rih ; city ; UA ; Kryvy Rih ; - ; -
Energodar ; city ; UA ; Enerhodar ; - ; -
Melitopol ; city ; UA ; - ; - ; -
Berdiansk ; city ; UA ; - ; - ; -
Nova Kakhovka ; city ; UA ; - ; - ; -
Tchernobyl ; city ; UA ; - ; - ; -
Donbass ; region ; UA ; Donbas ; - ; -
Crimée ; region ; UA ; - ; criméen ; -
Sébastopol ; city ; UA ; - ; - ; -
Simferopol ; city ; UA ; - ; - ; -
Kertch ; city ; UA ; - ; - ; -
# --- Russia ---
Saint-Pétersbourg ; city ; RU ; - ; pétersbourgeois ; -
Belgorod ; city ; RU ; - ; - ; -
Koursk ; city ; RU ; - ; - ; -
Briansk ; city ; RU ; - ; - ; -
Rostov-sur-le-Don ; city ; RU ; Rostov ; - ; -
Voronej ; city ; RU ; - ; - ; -
Krasnodar ; city ; RU ; - ; - ; -
Novorossiïsk ; city ; RU ; - ; - ; -
Kazan ; city ; RU ; - ; - ; -
Novossibirsk ; city ; RU ; - ; - ; -
Ekaterinbourg ; city ; RU ; Iekaterinbourg ; - ; -
Vladivostok ; city ; RU ; - ; - ; -
Mourmansk ; city ; RU ; - ; - ; -
Sotchi ; city ; RU ; - ; - ; -
Grozny ; city ; RU ; - ; - ; -
Nijni Novgorod ; city ; RU ; - ; - ; -
Samara ; city ; RU ; - ; - ; -
Oufa ; city ; RU ; - ; - ; -
Tcheliabinsk ; city ; RU ; - ; - ; -
Krasnoïarsk ; city ; RU ; - ; - ; -
Irkoutsk ; city ; RU ; - ; - ; -
Engels ; city ; RU ; - ; - ; - ; ambiguous_name
Pskov ; city ; RU ; - ; - ; -
Smolensk ; city ; RU ; - ; - ; -
Kaliningrad ; city ; RU ; - ; - ; -
Tchétchénie ; region ; RU ; - ; tchétchène ; -
Daguestan ; region ; RU ; - ; daghestanais ; -
Sibérie ; region ; RU ; - ; sibérien ; -
# --- Belarus, Moldova, Caucasus ---
Brest ; city ; BY ; - ; - ; - ; - ; brest-bielorussie
Gomel ; city ; BY ; - ; - ; -
Transnistrie ; region ; MD ; - ; transnistrien ; -
Tiraspol ; city ; MD ; - ; - ; -
Batoumi ; city ; GE ; - ; - ; -
Abkhazie ; region ; GE ; - ; abkhaze ; -
Ossétie du Sud ; region ; GE ; - ; sud-ossète ; -
Haut-Karabakh ; region ; AZ ; Nagorny Karabakh|Karabakh ; - ; -
# --- Europe ---
Munich ; city ; DE ; - ; munichois ; -
Hambourg ; city ; DE ; - ; hambourgeois ; -
Francfort ; city ; DE ; - ; - ; -
Cologne ; city ; DE ; - ; - ; -
Stuttgart ; city ; DE ; - ; - ; -
Düsseldorf ; city ; DE ; - ; - ; -
Dresde ; city ; DE ; - ; - ; -
Leipzig ; city ; DE ; - ; - ; -
Bavière ; region ; DE ; - ; bavarois ; -
Barcelone ; city ; ES ; - ; barcelonais ; -
Valence ; city ; ES ; Valencia ; - ; - ; - ; valence-espagne
Séville ; city ; ES ; - ; sévillan ; -
Bilbao ; city ; ES ; - ; - ; -
Catalogne ; region ; ES ; - ; catalan ; -
Andalousie ; region ; ES ; - ; andalou ; -
Canaries ; region ; ES ; îles Canaries ; canarien ; -
Milan ; city ; IT ; - ; milanais ; -
Naples ; city ; IT ; - ; napolitain ; -
Turin ; city ; IT ; - ; turinois ; -
Florence ; city ; IT ; - ; florentin ; - ; ambiguous_name
Venise ; city ; IT ; - ; vénitien ; -
Gênes ; city ; IT ; - ; génois ; -
Palerme ; city ; IT ; - ; - ; -
Bologne ; city ; IT ; - ; bolonais ; -
Sicile ; region ; IT ; - ; sicilien ; -
Sardaigne ; region ; IT ; - ; sarde ; -
Anvers ; city ; BE ; - ; anversois ; -
Liège ; city ; BE ; - ; liégeois ; -
Gand ; city ; BE ; - ; gantois ; -
Charleroi ; city ; BE ; - ; carolorégien ; -
Flandre ; region ; BE ; Flandres ; flamand ; -
Wallonie ; region ; BE ; - ; wallon ; -
Rotterdam ; city ; NL ; - ; - ; -
La Haye ; city ; NL ; - ; haguenois ; -
Genève ; city ; CH ; - ; genevois ; -
Zurich ; city ; CH ; - ; zurichois ; -
Bâle ; city ; CH ; - ; bâlois ; -
Lausanne ; city ; CH ; - ; lausannois ; -
Davos ; city ; CH ; - ; - ; -
Porto ; city ; PT ; - ; - ; -
Manchester ; city ; GB ; - ; - ; -
Liverpool ; city ; GB ; - ; - ; -
Birmingham ; city ; GB ; - ; - ; -
Édimbourg ; city ; GB ; - ; - ; -
Glasgow ; city ; GB ; - ; - ; -
Belfast ; city ; GB ; - ; - ; -
Cardiff ; city ; GB ; - ; - ; -
Angleterre ; region ; GB ; - ; anglais ; -
Écosse ; region ; GB ; - ; écossais ; -
pays de Galles ; region ; GB ; - ; gallois ; - ; - ; pays-de-galles
Irlande du Nord ; region ; GB ; - ; nord-irlandais ; -
Cracovie ; city ; PL ; - ; - ; -
Gdansk ; city ; PL ; - ; - ; -
Thessalonique ; city ; GR ; Salonique ; - ; -
Salzbourg ; city ; AT ; - ; - ; -
Srebrenica ; city ; BA ; - ; - ; -
Mostar ; city ; BA ; - ; - ; -
Dubrovnik ; city ; HR ; - ; - ; -
# --- Americas ---
New York ; city ; US ; New-York ; new-yorkais ; -
Los Angeles ; city ; US ; - ; - ; -
Chicago ; city ; US ; - ; - ; -
San Francisco ; city ; US ; - ; - ; -
Miami ; city ; US ; - ; - ; -
Houston ; city ; US ; - ; - ; -
Dallas ; city ; US ; - ; - ; -
Boston ; city ; US ; - ; - ; -
Philadelphie ; city ; US ; - ; - ; -
Seattle ; city ; US ; - ; - ; -
Atlanta ; city ; US ; - ; - ; -
Las Vegas ; city ; US ; - ; - ; -
La Nouvelle-Orléans ; city ; US ; - ; - ; -
Détroit ; city ; US ; Detroit ; - ; -
Texas ; region ; US ; - ; texan ; -
Californie ; region ; US ; - ; californien ; -
Floride ; region ; US ; - ; floridien ; -
Pennsylvanie ; region ; US ; - ; - ; -
Arizona ; region ; US ; - ; - ; -
Michigan ; region ; US ; - ; - ; -
Wisconsin ; region ; US ; - ; - ; -
Caroline du Nord ; region ; US ; - ; - ; -
Nevada ; region ; US ; - ; - ; -
Alaska ; region ; US ; - ; - ; -
Hawaï ; region ; US ; - ; hawaïen ; -
Montréal ; city ; CA ; - ; montréalais ; -
Québec ; region ; CA ; - ; québécois ; -
Toronto ; city ; CA ; - ; - ; -
Vancouver ; city ; CA ; - ; - ; -
Sao Paulo ; city ; BR ; São Paulo ; pauliste ; -
Rio de Janeiro ; city ; BR ; Rio ; - ; -
Manaus ; city ; BR ; Manaos ; - ; -
Salvador ; city ; BR ; Salvador de Bahia ; - ; - ; ambiguous_name ; salvador-de-bahia
Amazonie ; region ; - ; - ; amazonien ; -
Medellin ; city ; CO ; - ; - ; -
Cali ; city ; CO ; - ; - ; -
Guadalajara ; city ; MX ; - ; - ; -
Monterrey ; city ; MX ; - ; - ; -
Tijuana ; city ; MX ; - ; - ; -
Ciudad Juarez ; city ; MX ; - ; - ; -
Culiacan ; city ; MX ; - ; - ; -
Sinaloa ; region ; MX ; - ; - ; -
Cap-Haïtien ; city ; HT ; - ; - ; -
Maracaibo ; city ; VE ; - ; - ; -
Guayaquil ; city ; EC ; - ; - ; -
Valparaiso ; city ; CL ; - ; - ; -
Santa Cruz ; city ; BO ; Santa Cruz de la Sierra ; - ; -
# --- Asia, Oceania ---
Shanghai ; city ; CN ; - ; shanghaïen ; -
Canton ; city ; CN ; Guangzhou ; cantonais ; -
Shenzhen ; city ; CN ; - ; - ; -
Wuhan ; city ; CN ; - ; - ; -
Chongqing ; city ; CN ; - ; - ; -
Chengdu ; city ; CN ; - ; - ; -
Tianjin ; city ; CN ; - ; - ; -
Nankin ; city ; CN ; Nanjing ; - ; -
Xinjiang ; region ; CN ; - ; - ; -
Tibet ; region ; CN ; - ; tibétain ; -
Lhassa ; city ; CN ; - ; - ; -
Urumqi ; city ; CN ; Ürümqi|Ouroumtsi ; - ; -
Osaka ; city ; JP ; - ; - ; -
Kyoto ; city ; JP ; - ; - ; -
Hiroshima ; city ; JP ; - ; - ; -
Nagasaki ; city ; JP ; - ; - ; -
Fukushima ; city ; JP ; - ; - ; -
Okinawa ; region ; JP ; - ; - ; -
Busan ; city ; KR ; Pusan ; - ; -
Bombay ; city ; IN ; Mumbai ; - ; -
Calcutta ; city ; IN ; Kolkata ; - ; -
Madras ; city ; IN ; Chennai ; - ; -
Bangalore ; city ; IN ; Bengaluru ; - ; -
Hyderabad ; city ; IN ; - ; - ; -
Delhi ; city ; IN ; - ; - ; -
Srinagar ; city ; IN ; - ; - ; -
Karachi ; city ; PK ; - ; - ; -
Lahore ; city ; PK ; - ; - ; -
Peshawar ; city ; PK ; - ; - ; -
Quetta ; city ; PK ; - ; - ; -
Rawalpindi ; city ; PK ; - ; - ; -
Baloutchistan ; region ; PK ; Balouchistan ; baloutche ; -
Khyber Pakhtunkhwa ; region ; PK ; - ; - ; -
Waziristan ; region ; PK ; - ; - ; -
Kandahar ; city ; AF ; - ; - ; -
Hérat ; city ; AF ; - ; - ; -
Mazar-i-Sharif ; city ; AF ; - ; - ; -
Jalalabad ; city ; AF ; - ; - ; -
Kunduz ; city ; AF ; - ; - ; -
Helmand ; region ; AF ; - ; - ; -
Panchir ; region ; AF ; Panjshir ; - ; -
Chittagong ; city ; BD ; - ; - ; -
Cox's Bazar ; city ; BD ; - ; - ; -
Rangoun ; city ; MM ; Yangon ; - ; -
Mandalay ; city ; MM ; - ; - ; -
Rakhine ; region ; MM ; Arakan ; - ; -
Hô Chi Minh-Ville ; city ; VN ; Saïgon|Ho Chi Minh-Ville ; - ; -
Mindanao ; region ; PH ; - ; - ; -
Bali ; region ; ID ; - ; balinais ; -
Aceh ; region ; ID ; - ; - ; -
Sydney ; city ; AU ; - ; - ; -
Melbourne ; city ; AU ; - ; - ; -
Auckland ; city ; NZ ; - ; - ; -
Almaty ; city ; KZ ; Alma-Ata ; - ; -
Samarcande ; city ; UZ ; - ; - ; -
"""


def main() -> None:
    check_babel()
    from babel.dates import get_timezone_location

    cldr_cities = set()
    for tz in zoneinfo.available_timezones():
        try:
            city = get_timezone_location(tz, locale="fr", return_city=True)
        except Exception:  # noqa: BLE001 - babel has no data for some aliases
            continue
        cldr_cities.add(fold(city))

    rows = []
    seen = set()
    capitals = {}
    for block, is_capital in ((CAPITALS, True), (OTHER, False)):
        for name, kind, country, variants, dem, meto, flags, pid in parse_block(block, 8):
            name = norm(name)
            pid = slug(name) if pid == "-" else pid
            if pid in seen:
                raise SystemExit(f"duplicate id {pid}")
            seen.add(pid)
            if meto == "=":
                meto = country
            if is_capital:
                capitals.setdefault(country, []).append(pid)
            var = dedupe_folded(name, [] if variants == "-" else variants.split("|"))
            dem_forms = [] if dem == "-" else [f for lemma in dem.split("|") for f in forms(lemma)]
            rows.append([pid, name, kind, country, cell(var), cell(dem_forms), meto, flags])

    # every UN member / observer has its capital
    import csv
    import os

    from common import DATA

    with open(os.path.join(DATA, "countries.tsv"), encoding="utf-8") as f:
        countries = [r for r in csv.reader(f, delimiter="\t") if not r[0].startswith("#")]
    missing = [c[0] for c in countries if c[5] in ("member", "observer") and c[0] not in capitals]
    if missing:
        raise SystemExit(f"no capital for {missing}")

    differ = [
        r[1]
        for r in rows
        if r[2] == "city"
        and fold(r[1]) not in cldr_cities
        and any(fold(v) in cldr_cities for v in r[4].split("|"))
    ]
    confirmed = sum(1 for r in rows if r[2] == "city" and fold(r[1]) in cldr_cities)
    print(f"{confirmed} city names identical to a CLDR fr exemplar city")
    print("news form kept where CLDR differs: " + ", ".join(differ))

    rows.sort(key=lambda r: r[0])
    write_tsv(
        "places.tsv",
        ["id", "name", "kind", "country", "variants", "demonyms", "metonym", "flags"],
        rows,
    )


if __name__ == "__main__":
    main()
