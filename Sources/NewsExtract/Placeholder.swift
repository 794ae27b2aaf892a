enum NewsExtractPlaceholder {}
