"""The words of deontic modality: what must be, may be or may not be (an obligation, a permission,
an allowance, a prohibition), read for the bound a rule sets on a figure
(:mod:`analysis.reconcile.bounds`) and for the modal of permission (:mod:`..modality_future`).

Source: Palmer's deontic modality (Palmer 2001, Mood and Modality), Quirk et al. 1985, 4.49-4.57
on the modals of obligation and permission, and VerbNet's classes of taking and using (Kipper
Schuler 2005, after Levin 1993), as news English writes them.
"""

from __future__ import annotations

# a bound a rule sets (analysis.reconcile.bounds), read by the pair rules only:
# modal verbs of obligation: what follows them in their clause must be, it is not yet reported
# (Palmer's deontic modality; Quirk et al. 1985, 4.49-4.57)
OBLIGATION = ("must", "have to", "has to")
# verbs of permission and requirement, whose 'to' complement holds the bound ('permitted to hold
# 1,300', 'allow each farm to draw no more than 90 litres'); not their object ('allowed 170 tenants
# to return' counts tenants)
PERMISSION = (
    "allowed",
    "allows",
    "allow",
    "permitted",
    "permits",
    "permit",
    "licensed",
    "required",
    "requires",
    "require",
    "obliged",
)
# verbs of taking or using whose object is an allowance ('may take four fish a day', 'could
# withdraw up to 400 a day'): after 'could' or 'may', with a period after the figure, the modal
# grants it (permission), no possibility (VerbNet, Kipper Schuler 2005, after Levin 1993:
# remove-10.1 draw, withdraw; steal-10.5 take; bring-11.3; carry-11.4; get-13.5.1 buy, catch;
# obtain-13.5.2 borrow; consume-66 spend; use-105 use)
ALLOWANCE_VERBS = (
    "withdraw",
    "draw",
    "take",
    "bring",
    "carry",
    "buy",
    "catch",
    "borrow",
    "spend",
    "use",
)
# verbs and nouns of prohibition, whose 'of' phrase holds the bound ('prohibited convoys of more
# than 12 lorries', 'a ban on loads of over 40 tonnes')
PROHIBITION = ("banned", "bans", "ban", "prohibited", "prohibits", "forbidden", "forbids")
# verbs of prohibition, permission and limiting in the passive after the figure's noun ('convoys
# of more than 12 lorries are prohibited', 'loads of 40 tonnes are allowed')
DEONTIC_AFTER = ("banned", "prohibited", "forbidden", "capped", "limited", "allowed", "permitted")
