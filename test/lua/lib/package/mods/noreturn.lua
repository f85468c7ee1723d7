-- a module that returns nothing
noreturn_ran = (noreturn_ran or 0) + 1
