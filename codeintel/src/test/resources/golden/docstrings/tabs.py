"""Golden input: tab indentation."""


class Table:
	"""Rows with named columns."""

	def select(self, columns, where=None):
		def matches(row):
			return where is None or where(row)

		return [[row[c] for c in columns] for row in self.rows if matches(row)]

	def clear(self):
		self.rows = []
