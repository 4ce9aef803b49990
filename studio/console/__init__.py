"""The producer console: a page for a phone, tablet or second laptop that pushes cues to the host's
prompter, switches segments, marks and flags lines, and shows the prompter's position live.
Headless: an aiohttp server (studio.localnet) on its own thread; the window only shows its address."""
