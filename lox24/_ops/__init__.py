"""What the sync and async resources share: operation tables (`_Op`), request bodies, parameter checks."""
