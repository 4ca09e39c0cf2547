"""Generate crates/depeche-entities/data/titles.tsv.

Run from the repository root:  python3 tools/entities-data/gen_titles.py
(standard library only), then python3 tools/entities-data/check.py.

Titles, ranks, offices and honorifics as French news copy writes them:
facts of the language, written by hand.

Record format: title ; category ; forms ; implies
  forms: feminine and plural forms, '|'-separated, '-' when none.
  implies: a more general title of this file that this one implies, or '-'.
"""

from __future__ import annotations

from common import cell, norm, parse_block, write_tsv, fold

DATA = r"""
# --- military ranks (army, air force, gendarmerie) ---
général ; military ; générale|généraux|générales
général de brigade ; military ; généraux de brigade ; général
général de division ; military ; généraux de division ; général
général de corps d'armée ; military ; généraux de corps d'armée ; général
général d'armée ; military ; généraux d'armée ; général
général de brigade aérienne ; military ; - ; général
général de division aérienne ; military ; - ; général
général d'armée aérienne ; military ; - ; général
maréchal ; military ; maréchaux
colonel ; military ; colonelle|colonels|colonelles
colonel-major ; military ; colonels-majors ; colonel
lieutenant-colonel ; military ; lieutenante-colonelle|lieutenants-colonels ; colonel
commandant ; military ; commandante|commandants|commandantes
chef d'escadron ; military ; chefs d'escadron
chef d'escadrons ; military ; - ; chef d'escadron
chef de bataillon ; military ; chefs de bataillon
capitaine ; military ; capitaines
lieutenant ; military ; lieutenante|lieutenants|lieutenantes
sous-lieutenant ; military ; sous-lieutenante|sous-lieutenants|sous-lieutenantes
aspirant ; military ; aspirante|aspirants|aspirantes
major ; military ; majors
adjudant-chef ; military ; adjudants-chefs
adjudant ; military ; adjudants
sergent-chef ; military ; sergents-chefs
sergent ; military ; sergente|sergents|sergentes
caporal-chef ; military ; caporaux-chefs
caporal ; military ; caporaux
soldat ; military ; soldate|soldats|soldates
brigadier ; military ; brigadiers
brigadier-chef ; military ; brigadiers-chefs
maréchal des logis ; military ; maréchaux des logis
maréchal des logis-chef ; military ; maréchaux des logis-chefs
gendarme ; military ; gendarmes
# --- navy ---
amiral ; military ; amiraux
vice-amiral d'escadre ; military ; vice-amiraux d'escadre ; amiral
vice-amiral ; military ; vice-amiraux ; amiral
contre-amiral ; military ; contre-amiraux ; amiral
capitaine de vaisseau ; military ; capitaines de vaisseau
capitaine de frégate ; military ; capitaines de frégate
capitaine de corvette ; military ; capitaines de corvette
lieutenant de vaisseau ; military ; lieutenants de vaisseau
enseigne de vaisseau ; military ; enseignes de vaisseau
matelot ; military ; matelots
# --- military functions ---
chef d'état-major ; military ; chefs d'état-major|cheffe d'état-major
chef d'état-major des armées ; military ; - ; chef d'état-major
chef d'état-major général des armées ; military ; - ; chef d'état-major
chef d'état-major de l'armée de terre ; military ; - ; chef d'état-major
commandant en chef ; military ; commandants en chef
commandant de la force ; military ; - ; commandant
chef militaire ; military ; chefs militaires
chef de la junte ; military ; chefs de la junte
chef du régime militaire ; military ; chefs du régime militaire
homme fort ; political ; hommes forts
chef rebelle ; military ; chefs rebelles
chef jihadiste ; military ; chefs jihadistes
chef de guerre ; military ; chefs de guerre
émir ; royal ; émirs
# --- heads of state and government ---
président ; political ; présidente|présidents|présidentes
président de la République ; political ; présidente de la République|présidents de la République ; président
président de la transition ; political ; présidente de la transition ; président
président par intérim ; political ; présidente par intérim ; président
président élu ; political ; présidente élue ; président
vice-président ; political ; vice-présidente|vice-présidents|vice-présidentes
chef de l'État ; political ; cheffe de l'État|chefs d'État|chefs de l'État
chef d'État ; political ; cheffe d'État|chefs d'État
chef du gouvernement ; political ; cheffe du gouvernement|chefs de gouvernement
Premier ministre ; government ; Première ministre|Premiers ministres ; ministre
vice-Premier ministre ; government ; vice-Première ministre|vice-Premiers ministres ; ministre
chancelier ; government ; chancelière|chanceliers
dirigeant ; political ; dirigeante|dirigeants|dirigeantes
leader ; political ; leaders
chef ; political ; cheffe|chefs|cheffes
patron ; civil ; patronne|patrons|patronnes
opposant ; political ; opposante|opposants|opposantes
chef de l'opposition ; political ; cheffe de l'opposition
chef de parti ; political ; chefs de parti
secrétaire général ; political ; secrétaire générale|secrétaires généraux|secrétaires générales
secrétaire général adjoint ; political ; secrétaire générale adjointe ; secrétaire général
secrétaire d'État ; government ; secrétaires d'État
haut représentant ; diplomatic ; haute représentante|hauts représentants
commissaire européen ; government ; commissaire européenne|commissaires européens
président de la Commission européenne ; government ; présidente de la Commission européenne ; président
gouverneur ; government ; gouverneure|gouverneurs|gouverneures
préfet ; government ; préfète|préfets|préfètes
sous-préfet ; government ; sous-préfète|sous-préfets
maire ; government ; maires
adjoint au maire ; government ; adjointe au maire|adjoints au maire
député ; political ; députée|députés|députées
eurodéputé ; political ; eurodéputée|eurodéputés|eurodéputées
sénateur ; political ; sénatrice|sénateurs|sénatrices
parlementaire ; political ; parlementaires
élu ; political ; élue|élus|élues
conseiller ; government ; conseillère|conseillers|conseillères
conseiller spécial ; government ; conseillère spéciale|conseillers spéciaux ; conseiller
président de l'Assemblée nationale ; political ; présidente de l'Assemblée nationale ; président
président du Sénat ; political ; - ; président
président du Parlement ; political ; présidente du Parlement ; président
porte-parole ; government ; -
porte-parole du gouvernement ; government ; - ; porte-parole
directeur ; civil ; directrice|directeurs|directrices
directeur général ; civil ; directrice générale|directeurs généraux ; directeur
directeur de cabinet ; government ; directrice de cabinet ; directeur
chef de cabinet ; government ; cheffe de cabinet
militant ; civil ; militante|militants|militantes
activiste ; civil ; activistes
# --- ministers ---
ministre ; government ; ministres
ministre d'État ; government ; ministres d'État ; ministre
ministre délégué ; government ; ministre déléguée|ministres délégués ; ministre
ministre de la Défense ; government ; - ; ministre
ministre des Armées ; government ; - ; ministre
ministre de l'Intérieur ; government ; - ; ministre
ministre des Affaires étrangères ; government ; - ; ministre
ministre de l'Europe et des Affaires étrangères ; government ; - ; ministre
ministre de la Justice ; government ; - ; ministre
ministre de l'Économie ; government ; - ; ministre
ministre des Finances ; government ; - ; ministre
ministre de l'Économie et des Finances ; government ; - ; ministre
ministre du Budget ; government ; - ; ministre
ministre de la Santé ; government ; - ; ministre
ministre de l'Éducation ; government ; - ; ministre
ministre de l'Éducation nationale ; government ; - ; ministre
ministre de l'Enseignement supérieur ; government ; - ; ministre
ministre du Travail ; government ; - ; ministre
ministre de l'Agriculture ; government ; - ; ministre
ministre de l'Environnement ; government ; - ; ministre
ministre de la Transition écologique ; government ; - ; ministre
ministre de l'Énergie ; government ; - ; ministre
ministre des Mines ; government ; - ; ministre
ministre du Pétrole ; government ; - ; ministre
ministre des Transports ; government ; - ; ministre
ministre de la Culture ; government ; - ; ministre
ministre de la Communication ; government ; - ; ministre
ministre de l'Information ; government ; - ; ministre
ministre des Sports ; government ; - ; ministre
ministre du Commerce ; government ; - ; ministre
ministre de l'Industrie ; government ; - ; ministre
ministre de la Sécurité ; government ; - ; ministre
ministre de la Sécurité publique ; government ; - ; ministre
ministre de l'Administration territoriale ; government ; - ; ministre
ministre des Droits de l'homme ; government ; - ; ministre
ministre de l'Action humanitaire ; government ; - ; ministre
ministre de la Coopération ; government ; - ; ministre
ministre des Outre-mer ; government ; - ; ministre
ministre du Logement ; government ; - ; ministre
ministre de l'Immigration ; government ; - ; ministre
ministre des Anciens combattants ; government ; - ; ministre
ministre de la Fonction publique ; government ; - ; ministre
ministre du Plan ; government ; - ; ministre
ministre de la Femme ; government ; - ; ministre
ministre de la Jeunesse ; government ; - ; ministre
ministre de l'Eau ; government ; - ; ministre
ministre des Affaires religieuses ; government ; - ; ministre
garde des Sceaux ; government ; gardes des Sceaux ; ministre de la Justice
chef de la diplomatie ; diplomatic ; cheffe de la diplomatie|chefs de la diplomatie
# --- diplomatic ---
ambassadeur ; diplomatic ; ambassadrice|ambassadeurs|ambassadrices
chargé d'affaires ; diplomatic ; chargée d'affaires|chargés d'affaires
consul ; diplomatic ; consule|consuls|consules
consul général ; diplomatic ; consule générale|consuls généraux ; consul
diplomate ; diplomatic ; diplomates
émissaire ; diplomatic ; émissaires
envoyé spécial ; diplomatic ; envoyée spéciale|envoyés spéciaux|envoyées spéciales
représentant spécial ; diplomatic ; représentante spéciale|représentants spéciaux ; représentant
représentant ; diplomatic ; représentante|représentants|représentantes
médiateur ; diplomatic ; médiatrice|médiateurs|médiatrices
négociateur ; diplomatic ; négociatrice|négociateurs|négociatrices
rapporteur spécial ; diplomatic ; rapporteuse spéciale|rapporteurs spéciaux
haut-commissaire ; diplomatic ; haute-commissaire|hauts-commissaires
# --- judicial ---
procureur ; judicial ; procureure|procureurs|procureures
procureur général ; judicial ; procureure générale|procureurs généraux ; procureur
procureur de la République ; judicial ; procureure de la République|procureurs de la République ; procureur
procureur de la CPI ; judicial ; - ; procureur
juge ; judicial ; juges
juge d'instruction ; judicial ; juges d'instruction ; juge
magistrat ; judicial ; magistrate|magistrats|magistrates
avocat ; judicial ; avocate|avocats|avocates
avocat général ; judicial ; avocate générale|avocats généraux ; avocat
bâtonnier ; judicial ; bâtonnière|bâtonniers
président du tribunal ; judicial ; présidente du tribunal ; président
greffier ; judicial ; greffière|greffiers|greffières
# --- religious ---
pape ; religious ; papes
cardinal ; religious ; cardinaux
archevêque ; religious ; archevêques
évêque ; religious ; évêques
prêtre ; religious ; prêtres
abbé ; religious ; abbés
pasteur ; religious ; pasteure|pasteurs
patriarche ; religious ; patriarches
imam ; religious ; imams
grand imam ; religious ; grands imams ; imam
mufti ; religious ; muftis
grand mufti ; religious ; grands muftis ; mufti
ayatollah ; religious ; ayatollahs
guide suprême ; religious ; -
cheikh ; religious ; cheikhs
marabout ; religious ; marabouts
calife ; religious ; califes
rabbin ; religious ; rabbins
grand rabbin ; religious ; grands rabbins ; rabbin
dalaï-lama ; religious ; -
# --- royal ---
roi ; royal ; rois
reine ; royal ; reines
prince ; royal ; princes
princesse ; royal ; princesses
prince héritier ; royal ; princes héritiers ; prince
émir du Qatar ; royal ; - ; émir
sultan ; royal ; sultans
monarque ; royal ; monarques
souverain ; royal ; souveraine|souverains|souveraines
chef traditionnel ; royal ; chefs traditionnels
chef coutumier ; royal ; chefs coutumiers
# --- civil ---
journaliste ; civil ; journalistes
correspondant ; civil ; correspondante|correspondants|correspondantes
rédacteur en chef ; civil ; rédactrice en chef|rédacteurs en chef
chercheur ; civil ; chercheuse|chercheurs|chercheuses
professeur ; civil ; professeure|professeurs|professeures
expert ; civil ; experte|experts|expertes
analyste ; civil ; analystes
médecin ; civil ; médecins
syndicaliste ; civil ; syndicalistes
homme d'affaires ; civil ; femme d'affaires|hommes d'affaires|femmes d'affaires
PDG ; civil ; -
chef d'entreprise ; civil ; cheffe d'entreprise|chefs d'entreprise
# --- honorifics ---
M. ; honorific ; -
Mme ; honorific ; Mmes
Mlle ; honorific ; Mlles
MM. ; honorific ; -
Dr ; honorific ; -
Pr ; honorific ; -
Me ; honorific ; -
Mgr ; honorific ; -
Sa Majesté ; honorific ; -
Son Excellence ; honorific ; -
"""


def main() -> None:
    rows = []
    seen = set()
    for title, cat, forms, implies in parse_block(DATA, 4):
        title = norm(title)
        if title in seen:
            raise SystemExit(f"duplicate {title}")
        seen.add(title)
        form_list = [] if forms == "-" else [f for f in forms.split("|") if norm(f) != title]
        rows.append([title, cat, cell(form_list), norm(implies)])
    rows.sort(key=lambda r: (fold(r[0]), r[0]))
    write_tsv("titles.tsv", ["title", "category", "forms", "implies"], rows)


if __name__ == "__main__":
    main()
