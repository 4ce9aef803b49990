"""The spoken language as Whisper knows it: shows and hosts write region tags ('pt-BR', 'zh_TW', 'es-MX')."""

from studio.captions.options import CaptionOptions


def test_a_region_tag_reaches_whisper_as_its_language():
    assert CaptionOptions(language="pt-BR").spoken_language == "pt"
    assert CaptionOptions(language="zh_TW").spoken_language == "zh"
    assert CaptionOptions(language="es-MX").spoken_language == "es"
    assert CaptionOptions(language="en").spoken_language == "en"
    assert CaptionOptions(language="auto").spoken_language is None
    assert CaptionOptions(language="").spoken_language is None


def test_a_brazilian_show_follows_with_a_multilingual_model(tmp_path):
    """The held-out reading's show says 'language: pt-BR': loading the caption engine for it must not stop."""
    import pytest

    from studio.captions.asr import CaptionModelError
    from studio.captions.engine import StreamingCaptioner
    from studio.models.registry import installed_path

    if installed_path("whisper-base") is None:
        pytest.fail("model whisper-base is not installed: run scripts/setup.sh")
    engine = StreamingCaptioner(CaptionOptions(language="pt-BR", model="base"))
    try:
        engine.load()
    except CaptionModelError as exc:      # pragma: no cover - the failure this test is for
        pytest.fail(str(exc))


def test_the_early_signal_takes_a_region_tag(tmp_path):
    """bench_follow's early-signal cost gave the show's 'pt-BR' to EarlySignal and stopped with "Whisper does not
    know the language 'pt-BR'" after a whole real-time reading."""
    import pytest

    from studio.models.registry import installed_path
    from studio.prompter.early_signal import EarlySignal

    if installed_path("whisper-base") is None:
        pytest.fail("model whisper-base is not installed: run scripts/setup.sh")
    assert EarlySignal("base", "pt-BR").language == "pt"
    assert EarlySignal("base", "zh_TW").language == "zh"
