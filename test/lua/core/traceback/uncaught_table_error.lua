local function raise() error({ reason = "table error" }) end
raise()
