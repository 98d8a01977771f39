from graph.ids import fold, iri, person, slugify, state
from graph.namespaces import KG


def test_slugify_folds_diacritics_and_punctuation():
    assert slugify("Ingibjörg Sólrún Gísladóttir") == "ingibjorg-solrun-gisladottir"
    assert slugify("Türkiye") == "turkiye"
    assert slugify("UNODC's Division for Treaty Affairs") == "unodcs-division-for-treaty-affairs"
    assert slugify("!!!") == "x"


def test_fold_handles_letters_nfkd_does_not_decompose():
    assert fold("Łukasz Ørsted Straße") == "Lukasz Orsted Strasse"


def test_minting_is_deterministic_and_in_our_namespace():
    assert state("FIN") == KG["state/fin"]
    assert person("Madina Jarbussynova") == person("Madina  Jarbussynova") == KG["person/madina-jarbussynova"]
    assert iri("event", "alliance-18") == KG["event/alliance-18"]
    assert iri("place", "Den Haag") == KG["place/den-haag"]
