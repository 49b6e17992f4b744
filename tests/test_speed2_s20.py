"""Three incident-stage leads (issue 20, session 20, s20spd2): work asked only where it can find something, the same
readings. Counted, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import random
import re

import polsek_nlp
from polsek_nlp.recognize import evidence, incident_victims
from polsek_nlp.recognize.incident_shapes import name_context
from polsek_nlp.recognize.incident_words import word_regex, words
from polsek_nlp.recognize.seized_lists import strong_cue

_PUBLISHED = "2024-06-07"


def _count_calls(monkeypatch, module, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_evidence_guards_are_asked_only_of_sentences_that_name_something(monkeypatch):
    """`find_evidence` drops a sentence with no item, quantity or word of seizure before its guards (a month gone, a
    tally going on ...): in an article of five sentences, two naming nothing, the guards are asked of the other
    three only (before: of every sentence), and the thing is read as before."""
    months = _count_calls(monkeypatch, evidence, "_month_gone")
    text = ("Polsek Lembah Hijau menangkap Darmono Suwiryo (31) di Desa Sukamekar pada Senin (3/6/2024). "
            "Darmono diduga mencuri di rumah seorang pedagang. Pedagang itu melapor kepada polisi pada pagi harinya. "
            "Dari tangan tersangka polisi menyita sebilah pisau. Tersangka kini ditahan di Mapolsek Lembah Hijau.")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert [e.item for e in rec.evidence] == ["pisau"]
    # the seizure's sentence and the two with a verb of arrest or custody (`menangkap`, `ditahan`: a list may follow
    # them); not the two that name nothing (before: all five)
    assert len(months) == 3


def test_a_guarded_sentence_still_reads_no_evidence():
    """The guards decide as before where the sentence names a thing: a seizure framed by a month gone and `juga` is
    another time's, the article's own seizure stays."""
    text = ("Polres Lembah Hijau menangkap Sutarjo Wiranata (40) di Kampung Sukamekar, Selasa (4/6/2024). Polisi menyita "
            "5 gram sabu dari tangan tersangka. Pada Maret lalu, polisi juga menyita 120 batang kayu dari gudang lain.")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert [(e.item, e.quantity) for e in rec.evidence] == [("sabu", 5)]


def test_the_seizure_words_are_one_scan_with_the_same_answer():
    """`_seizure_word` reads the cue and arrest words as one pattern: the same answer as the three searches it
    replaced (cue, arrest, strong cue), on invented sentences and 3,000 random ones of their pieces."""
    cue, arrest = word_regex("evidence"), word_regex("arrest")

    def old(sent: str) -> bool:
        return cue.search(sent) is not None or arrest.search(sent) is not None or strong_cue().search(sent) is not None

    sents = ["Polisi menyita sebilah pisau.", "Tersangka ditangkap di rumahnya.", "Barang bukti berupa dua ponsel.",
             "Warga menggelar kerja bakti di balai desa.", "x-disita", "bb-x", "BB", "pra-ditangkap", "sitaan polisi",
             "Kami amankan pelaku", "kami-amankan", "diamankannya", ""]
    rng = random.Random(20)
    pieces = ["disita", "bb", "-", " ", "ditangkap", "barang", "bukti", "sitaan", "kami", "amankan", "x", "_", "Di",
              "MENYITA", "penyitaan", "menyerahkan", "diri", ".", "ke"]
    sents += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for s in sents:
        assert evidence._seizure_word(s) == old(s), s


def _old_many_korban(text: str) -> bool:
    return name_context(r"\b{plural_victims}\s+korban\b|\bkorban[\s-]+(?:korban|lainnya|lain)\b").search(text) is not None


def test_victims_spoken_of_as_many_are_found_at_korban_with_the_same_answer():
    """`_many_korban` reads the words around each `korban` only: the same answer as the one pattern tried at every
    position, on invented windows and 3,000 random ones of its pieces (a word glued before `para`, many spaces, a
    hyphen, the Kelvin sign the pattern's case folding reads as `k`)."""
    assert all(re.fullmatch(r"\w+", w) for w in words("name_context") if "plural_victims" in words("name_context")[w])
    windows = ["Para korban dibawa ke rumah sakit.", "korban-korban banjir", "Korban lainnya selamat.", "xpara korban",
               "para\n\n  korban", "para korbanx", "kedua korban lain", "korban", "para  ", "sejumlah Korban.", "_para korban",
               "\u212aorban lain", "para-korban", "banyak\tkorban", ""]
    rng = random.Random(20)
    pieces = ["korban", "Korban", "KORBAN", "para", "Para", "kedua", "semua", " ", "  ", "\n", "-", "lain", "lainnya",
              "x", "_", ".", "\u212a", "orban", "sejumlah", "3"]
    windows += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    for w in windows:
        assert incident_victims._many_korban(w) == _old_many_korban(w), repr(w)


def test_the_words_around_korban_are_read_once_a_korban(monkeypatch):
    """Through `analyze`: each time an article is asked whether it speaks of victims as many, the phrases around
    `korban` are tried once at each `korban` it writes (before: the whole text at every position)."""
    asks = _count_calls(monkeypatch, incident_victims, "_plural_victims")
    tried: list[int] = []
    before, after = incident_victims._korban_phrases()

    class Counted:
        def __init__(self, pattern: re.Pattern):
            self.pattern = pattern

        def match(self, *args):
            tried.append(1)
            return self.pattern.match(*args)

    monkeypatch.setattr(incident_victims, "_korban_phrases", lambda: (Counted(before), Counted(after)))
    text = ("Seorang pria berinisial AS (35) ditangkap Polsek Lembah Hijau karena mencabuli anak tetangganya, Senin "
            "(3/6/2024). Korban masih berusia 12 tahun. Orang tua korban melapor ke polisi. Korban kini didampingi "
            "petugas. Pelaku dijerat Undang-Undang Perlindungan Anak.")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert [s.name for s in rec.suspects] == ["AS"]
    assert asks
    korbans = len(re.findall(r"korban", text, re.IGNORECASE))
    # `after` at each korban; `before` only where a word and spaces stand before it (`Orang tua korban`, not at a
    # sentence's start after a full stop)
    assert len(tried) <= 2 * korbans * len(asks)
    assert len(tried) >= korbans * len(asks)
