"""Golden input: tab indentation."""


class Table:
	"""Rows with named columns."""

	def select(self, columns, where=None):
		"""Select.

		:param columns: The column names.
		:param where: The where. Defaults to ``None``.
		:returns: The result.
		:rtype: list
		"""
		def matches(row):
			"""Match.

			:param row: The row.
			:returns: The result.
			"""
			return where is None or where(row)

		return [[row[c] for c in columns] for row in self.rows if matches(row)]

	def clear(self):
		"""Clear."""
		self.rows = []
