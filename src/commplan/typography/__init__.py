"""Text widths of Times New Roman, shared by render (rules under titles) and audit."""
