-- a module that returns false: it is not cached, so every require runs it again
retfalse_runs = (retfalse_runs or 0) + 1
return false
