"""Golden input: tab indentation."""


class Table:
	"""Rows with named columns."""

	def select(self, columns, where=None):
		"""Select.

		Args:
		    columns: The column names.
		    where (optional): The where. Defaults to None.

		Returns:
		    list: The result.
		"""
		def matches(row):
			"""Match.

			Args:
			    row: The row.

			Returns:
			    The result.
			"""
			return where is None or where(row)

		return [[row[c] for c in columns] for row in self.rows if matches(row)]

	def clear(self):
		"""Clear."""
		self.rows = []
