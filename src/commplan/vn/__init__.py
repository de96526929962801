"""Vietnamese values: dates and periods, money and its words, number formats, public holidays."""
