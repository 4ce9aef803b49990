"""The console page in a real headless Chromium: it loads with the token and not without, a tap
puts a segment on air in the session, and the prompter's position reaches the page."""

from __future__ import annotations

import pytest

from studio.prompter.worker import PrompterCommand

from tests.outputs.headless_chromium import HeadlessChromium

from .conftest import wait_until


@pytest.fixture
def browser(tmp_path):
    try:
        chromium = HeadlessChromium(tmp_path / "chromium-profile")
    except RuntimeError as exc:      # set-up installs it; a bare checkout says how
        pytest.skip(str(exc))
    yield chromium
    chromium.close()


def test_page_refuses_without_the_token(console, browser):
    browser.navigate(console.url.split("?")[0])
    assert browser.wait_for("document.body && document.body.innerText.includes('needs its token')")
    browser.navigate(console.url.replace(console.token, "x" * 32))
    assert browser.wait_for("document.body && document.body.innerText.includes('needs its token')")
    assert console.clients == 0


def test_a_tap_switches_the_segment_and_the_position_comes_back(console, session, browser):
    browser.navigate(console.url)
    assert browser.wait_for("document.body.dataset.connected === '1'"), "page never connected"
    assert browser.wait_for("document.querySelectorAll('#segments button').length === 5")
    assert browser.evaluate("document.querySelector('#segments button').textContent") == "1 · Welcome"

    browser.evaluate("document.querySelector('#segments button[data-index=\"2\"]').click()")
    wait_until(lambda: session.segment_index == 2)
    assert browser.wait_for("document.body.dataset.onAir === '2'")
    assert browser.wait_for("document.querySelector('#segments button.on').dataset.index === '2'")

    # The host's prompter moves (the host stepped a line): the page highlights that line.
    session.prompter.command(PrompterCommand.START)
    session.prompter.command(PrompterCommand.STEP_LINES, 1)
    assert browser.wait_for("document.body.dataset.segment === '2' && document.body.dataset.line === '1'")
    assert browser.wait_for("document.querySelector('#lines li.here').dataset.line === '1'")

    # A cue typed on the page reaches the bus as plain text; markup stays text on the page too.
    from studio.console.events import ProducerCue

    cues = []
    session.events.subscribe(ProducerCue, cues.append)
    browser.evaluate("document.getElementById('cue').value = '<img src=x onerror=alert(1)> wrap up';"
                     "document.getElementById('send-cue').click()")
    wait_until(lambda: cues)
    assert cues[0].text == "<img src=x onerror=alert(1)> wrap up"
    # "Stop this line" from the page: the line turns red for every page.
    browser.evaluate("document.querySelector('#lines li[data-line=\"1\"] .stop').click()")
    wait_until(lambda: console.flags == {(2, 1)})
    assert browser.wait_for("document.querySelector('#lines li.flagged').dataset.line === '1'")
    # The example show's segments have no B talk-track: the buttons say so.
    assert browser.evaluate("document.getElementById('track-b').disabled")


def test_the_b_button_switches_the_talk_track_and_the_page_lists_its_lines(example_show_path, browser):
    from studio.console.options import ConsoleOptions
    from studio.console.service import LiveConsole

    from tests.prompter.test_talk_track import b_show

    from .conftest import ConsoleSession

    session = ConsoleSession(b_show(example_show_path))
    session.go_to_segment(1)
    live = LiveConsole(session, ConsoleOptions(port=0), token="c" * 32)
    live.start()
    try:
        browser.navigate(live.url)
        assert browser.wait_for("document.body.dataset.onAir === '1' && !document.getElementById('track-b').disabled")
        browser.evaluate("document.getElementById('track-b').click()")
        wait_until(lambda: session.prompter.talk_track(1).value == "B")
        assert browser.wait_for("document.body.dataset.track === 'B'")
        assert browser.evaluate("document.querySelector('#lines li .text').textContent").startswith("Watch this")
    finally:
        live.stop()
        session.stop()
