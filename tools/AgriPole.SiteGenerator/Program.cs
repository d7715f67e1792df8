Console.WriteLine("site generator");
