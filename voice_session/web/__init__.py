"""The couple's screen: a local web page served by the program on 127.0.0.1, for sessions, reports and the
journal. guard.py decides who may ask, hub.py holds what the page shows, server.py speaks HTTP, app.py runs
the sessions the page asks for."""
