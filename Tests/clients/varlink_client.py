#!/usr/bin/env python3
"""Talks to newsd with the Python `varlink` package only (no code of ours): reads GetInfo and
every interface description (and parses each), records a fact, and queries it back. Prints one
JSON summary."""
import json, sys
import varlink

address = "unix:" + sys.argv[1]
with varlink.Client(address=address) as client:
    with client.open("org.varlink.service") as service:
        info = service.GetInfo()
        descriptions = {name: service.GetInterfaceDescription(name)["description"] for name in info["interfaces"]}
    with client.open("io.newsd.Ingest") as ingest:
        recorded = ingest.Record(fact={"trade": {"parties": ["US", "KZ"], "direction": "total",
                                                  "value": {"amount": "5000000000", "currency": "USD", "qualifier": "exact"}}},
                                 note="from python", client_id="py-1")
    with client.open("io.newsd.Query") as query:
        trade = query.Trade(parties=["KZ"])
        try:
            query.Fact(id="f-does-not-exist")
            missing = None
        except varlink.VarlinkError as e:
            missing = e.error()
# Each description must be one the package's own parser reads, with the name it is served by.
parsed = {name: varlink.Interface(text).name for name, text in descriptions.items()}
print(json.dumps({"info": info, "descriptions": descriptions, "parsed": parsed, "recorded": recorded, "trade": trade, "missing": missing}))
