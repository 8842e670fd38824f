WHERE = "late"
