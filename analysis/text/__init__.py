"""What every stage shares: words, sentence spans, time units and date intervals.

Nothing here knows a table or a file: these are pure functions and constant
tables over text, imported by :mod:`analysis.extract`, :mod:`analysis.reconcile`
and :mod:`analysis.present` alike, so each list has one home.
"""
