def yield(): pass
