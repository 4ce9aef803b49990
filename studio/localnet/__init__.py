"""Small local servers: HTTP + WebSocket on 127.0.0.1 with a token, each on its own thread
(the comments relay; later the producer console)."""
