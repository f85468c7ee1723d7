-- module() reuses an existing package.loaded table
module("reused_name", package.seeall)
added_later = true
