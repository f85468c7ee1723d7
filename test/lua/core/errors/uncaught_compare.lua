local items = { 3, "two", 1 }
table.sort(items)
