"""The bundle ships wordfreq's word lists cut at caption term correction's common-word threshold
(packaging/pyinstaller/bundle_trim.py: 60 MB -> 8 MB). The cut must never change the one answer the
studio asks wordfreq for: is this word (or phrase) common in this language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

wordfreq = pytest.importorskip("wordfreq")

from studio.captions.term_correction import CorrectionOptions, zipf  # noqa: E402


def _forget():
    zipf.cache_clear()
    wordfreq.get_frequency_list.cache_clear()
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq._wf_cache.clear()


def test_cut_word_lists_answer_is_it_common_as_the_full_ones(tmp_path, monkeypatch, trim):
    threshold = CorrectionOptions().common_zipf
    full = Path(wordfreq.__file__).parent / "data"
    pack = wordfreq.read_cBpack(str(full / "large_en.msgpack.gz"))
    edge = int(round((9.0 - threshold) * 100))
    # Words on both sides of the cut, a phrase, a number and words far from it either way.
    words = [w for bucket in pack[edge - 3:edge + 4] for w in bucket[:40]]
    words += ["the", "lipstick", "retinal", "hyaluronic", "ice cream", "don't", "3.5 ml", "zzqxj"]
    _forget()
    expected = {w: zipf(w, "en") >= threshold for w in words}
    assert any(expected.values()) and not all(expected.values())

    cut = tmp_path / "data"
    cut.mkdir()
    trim.cut_word_list(full / "large_en.msgpack.gz", cut / "large_en.msgpack.gz", threshold)
    shutil.copy(full / "small_en.msgpack.gz", cut)
    assert (cut / "large_en.msgpack.gz").stat().st_size < (full / "large_en.msgpack.gz").stat().st_size / 4
    monkeypatch.setattr(wordfreq, "DATA_PATH", cut)
    _forget()
    try:
        got = {w: zipf(w, "en") >= threshold for w in words}
    finally:
        monkeypatch.undo()
        _forget()
    assert got == expected
