"""ปีงบประมาณ → กรอบการประเมิน ITA…: the year's framework with its sources and states, the office's
corrections and imports, and the year bar's warning for a year whose framework is not confirmed."""
