"""Golden input: tab indentation."""


class Table:
	"""Rows with named columns."""

	def select(self, columns, where=None):
		"""Select.

		Parameters
		----------
		columns
		    The column names.
		where : optional
		    The where. Default is None.

		Returns
		-------
		list
		    The result.
		"""
		def matches(row):
			"""Match.

			Parameters
			----------
			row
			    The row.

			Returns
			-------
			object
			    The result.
			"""
			return where is None or where(row)

		return [[row[c] for c in columns] for row in self.rows if matches(row)]

	def clear(self):
		"""Clear."""
		self.rows = []
