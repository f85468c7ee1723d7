-- required as "deep.er.most"
return { depth = 3, name = ... }
